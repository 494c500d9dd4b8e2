# A família `performing-arts` (IBERESCENA…): os projetos beneficiados e os países que
# participaram. As variáveis são as do catálogo em inglês.

family-name = Artes cênicas

projects-label = Projetos beneficiados
projects-paragraph = Em { $period }, { $count ->
        [one] { STRONG($figure) } projeto foi beneficiado
       *[other] { STRONG($figure) } projetos foram beneficiados
    }.

countries-label = Países participantes
countries-paragraph = { $count ->
        [one] O país que participou em { $period } foi
       *[other] Os { STRONG($count) } países que participaram em { $period } foram
    }: { $countries }.

summary-projects = Por meio do programa { $program }, { $count ->
        [one] { $figure } projeto foi beneficiado
       *[other] { $figure } projetos foram beneficiados
    }.
summary-projects-countries = Por meio do programa { $program }, { $count ->
        [one] { $figure } projeto foi beneficiado
       *[other] { $figure } projetos foram beneficiados
    }, com { $countries } { $countries ->
        [one] país participante
       *[other] países participantes
    }.
