# IBERMEDIA (famille `audiovisual`) : ce qui a été soutenu à chaque sous-période, et dans quels
# domaines. Les variables sont celles du catalogue anglais ; $kind est au pluriel, du genre que
# lui donne la source : les phrases évitent de s'accorder avec lui.

section-title = Soutiens par sous-période
table-caption = Soutiens accordés dans le cadre du programme { $program }
column-period = Période
column-areas = Domaines
column-supported = Objet du soutien
column-number = Nombre

supported-label = { $kind } ayant bénéficié d'un soutien

counted = { STRONG($count) } { $kind }
sub-period-paragraph = En { $period }, { $supported } ont bénéficié d'un soutien{ $with-areas ->
        [yes] {" "}dans les domaines suivants{"\u00A0"}: { $areas }
       *[no] {""}
    }.

summary-first = { $supported } ont bénéficié d'un soutien en { $period }
summary-next = { $supported } en { $period }
summary-join = { $head }, { $next }
summary-join-last = { $head }, et { $last }
summary = Dans le cadre du programme { $program }, { $clauses }.
