# La famille `audiovisual` (IBERMEDIA…) : les soutiens accordés, surtout par sous-période. Les
# variables sont celles du catalogue anglais. $kind est ce qui a été soutenu, au pluriel et du
# genre que lui donne la source (« coproductions ») : les phrases sont construites sans accord
# avec lui. Avant « : », une espace insécable ({"\u00A0"}).

family-name = Audiovisuel
section-title = Soutiens accordés
sub-periods-title = Soutiens par sous-période

projects-paragraph = En { $period }, { STRONG($figure) } { $count ->
        [one] projet a reçu
       *[other] projets ont reçu
    } le soutien du programme { $program }.
summary-projects = Grâce au programme { $program }, { $figure } { $count ->
        [one] projet a reçu
       *[other] projets ont reçu
    } un soutien.

# Ce qui a été soutenu, sans accord avec son genre.
supported-label = { $kind } bénéficiant d’un soutien
column-supported = Objet du soutien
sub-period-paragraph = En { $period }, le soutien a porté sur { $supported }{ $with-areas ->
        [yes] {" "}dans les domaines suivants{"\u00A0"}: { $areas }
       *[no] {""}
    }{ $with-amount ->
        [yes] , pour { $amount }
       *[no] {""}
    }.
summary-first = le soutien a porté sur { $supported } en { $period }
summary-next = sur { $supported } en { $period }
