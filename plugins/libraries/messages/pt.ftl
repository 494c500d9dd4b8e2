# IBERBIBLIOTECAS (família `libraries`): os projetos de que o país relator se beneficiou.

section-title = Projetos
projects-label = Projetos de que { $country } se beneficiou
projects-paragraph = Em { $period }, { $country } se beneficiou de { STRONG($projects) } { $projects ->
        [one] projeto
       *[other] projetos
    }.
summary = Por meio do programa { $program }, { $country } se beneficiou de { $projects } { $projects ->
        [one] projeto
       *[other] projetos
    }.
