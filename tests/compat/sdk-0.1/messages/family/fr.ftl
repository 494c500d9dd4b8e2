# Les mots des résultats que toute famille de programmes rapporte (données communes du SDK).
# Les variables sont celles du catalogue anglais.

section-title = Résultats
projects-label = Projets bénéficiaires
amount-label = Montant
projects-paragraph = En { $period }, { $count ->
        [one] { STRONG($figure) } projet a bénéficié
       *[other] { STRONG($figure) } projets ont bénéficié
    } du programme { $program }.

sub-periods-caption = Soutiens accordés par le programme { $program }, par période
column-period = Période
column-areas = Domaines
column-supported = Soutenus
column-number = Nombre
column-call = Appel ou action
column-projects = Projets
column-amount = Montant
supported-label = Soutien : { $kind }
counted = { STRONG($figure) } { $kind }
sub-period-paragraph = En { $period }, le soutien a bénéficié à { $supported }{ $with-areas ->
        [yes] {" "}dans les domaines suivants : { $areas }
       *[no] {""}
    }{ $with-amount ->
        [yes] , pour { $amount }
       *[no] {""}
    }.
sub-period-areas = En { $period }, des soutiens ont été accordés{ $with-areas ->
        [yes] {" "}dans les domaines suivants : { $areas }
       *[no] {""}
    }{ $with-amount ->
        [yes] , pour { $amount }
       *[no] {""}
    }.

calls-caption = Appels et actions du programme { $program }
call-projects-label = Projets : { $call }
call-amount-label = Montant : { $call }

beneficiaries-group = { STRONG($figure) } { $who }{ $dated ->
        [yes] {" "}({ $years })
       *[no] {""}
    }
beneficiaries-paragraph = Le programme { $program } a bénéficié à { $groups }.

countries-label = Pays participants
countries-paragraph = { $count ->
        [one] Un pays a participé
       *[other] { $count } pays ont participé
    } au programme { $program } : { $countries }.

partners-label = Réseaux et organisations partenaires
partners-intro = Le programme { $program } a travaillé avec { $count ->
        [one] ce réseau ou cette organisation
       *[other] ces réseaux et organisations
    } :

meetings-label = Rencontres
meetings-paragraph = { $count ->
        [one] { STRONG($figure) } rencontre a été organisée
       *[other] { STRONG($figure) } rencontres ont été organisées
    }{ $with-formats ->
        [yes] {" "}({ $formats })
       *[no] {""}
    }.
topics-intro = { $count ->
        [one] Elle a porté sur :
       *[other] Elles ont porté sur :
    }

alliances-label = Alliances formelles
alliances-paragraph = { $count ->
        [one] { STRONG($figure) } alliance formelle a été conclue
       *[other] { STRONG($figure) } alliances formelles ont été conclues
    }{ $with-partners ->
        [yes] , avec :
       *[no] .
    }

achievements-intro = Autres résultats :

summary-projects = Grâce au programme { $program }, { $count ->
        [one] { $figure } projet a bénéficié d’un soutien
       *[other] { $figure } projets ont bénéficié d’un soutien
    }.
summary-beneficiaries = Grâce au programme { $program }, { $groups } en ont bénéficié.
summary-first = le soutien a bénéficié à { $supported } en { $period }
summary-next = à { $supported } en { $period }
summary-join = { $head }, { $next }
summary-join-last = { $head } et { $last }
summary-supported = Grâce au programme { $program }, { $clauses }.
