# La famille `performing-arts` (IBERESCENA…) : les projets soutenus et les pays qui ont participé.
# Les variables sont celles du catalogue anglais. Avant « : », une espace insécable ({"\u00A0"}).

family-name = Arts de la scène

projects-label = Projets ayant bénéficié d’un soutien
projects-paragraph = En { $period }, { STRONG($figure) } { $count ->
        [one] projet a bénéficié
       *[other] projets ont bénéficié
    } d’un soutien.

countries-label = Pays participants
countries-paragraph = { $count ->
        [one] Le pays ayant participé en { $period } est le suivant
       *[other] Les { STRONG($count) } pays ayant participé en { $period } sont les suivants
    }{"\u00A0"}: { $countries }.

summary-projects = Grâce au programme { $program }, { $figure } { $count ->
        [one] projet a bénéficié
       *[other] projets ont bénéficié
    } d’un soutien.
summary-projects-countries = Grâce au programme { $program }, { $figure } { $count ->
        [one] projet a bénéficié
       *[other] projets ont bénéficié
    } d’un soutien, avec { $countries } { $countries ->
        [one] pays participant
       *[other] pays participants
    }.
