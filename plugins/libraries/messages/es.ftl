# IBERBIBLIOTECAS (familia `libraries`): los proyectos de los que se benefició el país informante.

section-title = Proyectos
projects-label = Proyectos de los que se benefició { $country }
projects-paragraph = En { $period }, { $country } se benefició de { STRONG($projects) } { $projects ->
        [one] proyecto
       *[other] proyectos
    }.
summary = A través de { $program }, { $country } se benefició de { $projects } { $projects ->
        [one] proyecto
       *[other] proyectos
    }.
