# IBERESCENA (família `performing-arts`): projetos beneficiados e países participantes.
# As variáveis são as do catálogo em inglês.

section-title = Projetos e países participantes
projects-label = Projetos beneficiados
countries-label = Países participantes

projects-paragraph = Em { $period }, { STRONG($projects) } { $count ->
        [one] projeto foi beneficiado
       *[other] projetos foram beneficiados
    }.
countries-intro = { $countries ->
        [one] O país que participou no período de referência foi:
       *[other] Os { STRONG($countries) } países que participaram no período de referência foram:
    }

summary = Por meio do programa { $program }, { $projects } { $count ->
        [one] projeto foi beneficiado
       *[other] projetos foram beneficiados
    }, com { $countries } { $countries ->
        [one] país participante
       *[other] países participantes
    }.
