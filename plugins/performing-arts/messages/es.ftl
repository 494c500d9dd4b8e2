# IBERESCENA (familia `performing-arts`): proyectos beneficiados y países participantes.
# Las variables son las del catálogo en inglés.

section-title = Proyectos y países participantes
projects-label = Proyectos beneficiados
countries-label = Países participantes

projects-paragraph = En { $period }, { $count ->
        [one] se benefició { STRONG($projects) } proyecto
       *[other] se beneficiaron { STRONG($projects) } proyectos
    }.
countries-intro = { $countries ->
        [one] El país que participó en el periodo de referencia fue:
       *[other] Los { STRONG($countries) } países que participaron en el periodo de referencia fueron:
    }

summary = A través de { $program }, { $count ->
        [one] se benefició { $projects } proyecto
       *[other] se beneficiaron { $projects } proyectos
    }, con { $countries } { $countries ->
        [one] país participante
       *[other] países participantes
    }.
