# IBERBIBLIOTECAS (famille `libraries`) : les projets dont le pays déclarant a bénéficié.

section-title = Projets
projects-label = Projets dont { $country } a bénéficié
projects-paragraph = En { $period }, { $country } a bénéficié de { STRONG($projects) } { $projects ->
        [one] projet
       *[other] projets
    }.
summary = Dans le cadre du programme { $program }, { $country } a bénéficié de { $projects } { $projects ->
        [one] projet
       *[other] projets
    }.
