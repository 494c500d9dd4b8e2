# La familia `performing-arts` (IBERESCENA…): los proyectos beneficiados y los países que
# participaron. Las variables son las del catálogo en inglés.

family-name = Artes escénicas

projects-label = Proyectos beneficiados
projects-paragraph = En { $period }, { $count ->
        [one] se benefició { STRONG($figure) } proyecto
       *[other] se beneficiaron { STRONG($figure) } proyectos
    }.

countries-label = Países participantes
countries-paragraph = { $count ->
        [one] El país que participó en { $period } fue
       *[other] Los { STRONG($count) } países que participaron en { $period } fueron
    }: { $countries }.

summary-projects = A través de { $program }, { $count ->
        [one] se benefició { $figure } proyecto
       *[other] se beneficiaron { $figure } proyectos
    }.
summary-projects-countries = A través de { $program }, { $count ->
        [one] se benefició { $figure } proyecto
       *[other] se beneficiaron { $figure } proyectos
    }, con { $countries } { $countries ->
        [one] país participante
       *[other] países participantes
    }.
