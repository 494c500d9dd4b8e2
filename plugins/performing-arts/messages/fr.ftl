# IBERESCENA (famille `performing-arts`) : projets soutenus et pays participants.
# Les variables sont celles du catalogue anglais. Avant « : », une espace insécable ({"\u00A0"}).

section-title = Projets et pays participants
projects-label = Projets ayant bénéficié d'un soutien
countries-label = Pays participants

projects-paragraph = En { $period }, { STRONG($projects) } { $count ->
        [one] projet a bénéficié d'un soutien
       *[other] projets ont bénéficié d'un soutien
    }.
countries-intro = { $countries ->
        [one] Le pays ayant participé pendant la période de référence est le suivant{"\u00A0"}:
       *[other] Les { STRONG($countries) } pays ayant participé pendant la période de référence sont les suivants{"\u00A0"}:
    }

summary = Dans le cadre du programme { $program }, { $projects } { $count ->
        [one] projet a bénéficié d'un soutien
       *[other] projets ont bénéficié d'un soutien
    }, avec { $countries } { $countries ->
        [one] pays participant
       *[other] pays participants
    }.
