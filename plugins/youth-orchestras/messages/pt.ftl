# IBERORQUESTAS JUVENILES (família `youth-orchestras`): orquestras e coros infantis e juvenis. As
# variáveis são as do catálogo de referência (`en`); $country fica de fora, porque o nome de um
# país pede artigo nesta língua.

family-name = Orquestras juvenis

projects-paragraph = Em { $period }, o programa { $program } apoiou { STRONG($figure) } { $count ->
        [one] projeto
       *[other] projetos
    } de música infantil e juvenil do país.
summary-projects = Por meio do programa { $program }, { $count ->
        [one] foi apoiado { $figure } projeto
       *[other] foram apoiados { $figure } projetos
    } de música infantil e juvenil do país.

young-musicians-label = Crianças e jovens músicos
young-musicians-paragraph = { STRONG($figure) } { $count ->
        [one] criança ou jovem participou
       *[other] crianças e jovens participaram
    } da prática orquestral e coral do programa { $program }.
summary-young-musicians = Por meio do programa { $program }, { $figure } { $count ->
        [one] criança ou jovem participou
       *[other] crianças e jovens participaram
    } da prática orquestral e coral.

orchestras-label = Orquestras
choirs-label = Coros
orchestras-counted = { STRONG($figure) } { $count ->
        [one] orquestra
       *[other] orquestras
    }
choirs-counted = { STRONG($figure) } { $count ->
        [one] coro
       *[other] coros
    }
ensembles-paragraph = { $ensembles } { $count ->
        [one] participou
       *[other] participaram
    } do programa { $program }.

concerts-label = Concertos
concerts-paragraph = { $count ->
        [one] Foi realizado { STRONG($figure) } concerto
       *[other] Foram realizados { STRONG($figure) } concertos
    }.
teachers-trained-label = Docentes de música formados
teachers-trained-paragraph = { STRONG($figure) } { $count ->
        [one] docente de música recebeu
       *[other] docentes de música receberam
    } formação.
workshops-label = Oficinas de formação
workshops-paragraph = { $count ->
        [one] Foi realizada { STRONG($figure) } oficina
       *[other] Foram realizadas { STRONG($figure) } oficinas
    } de formação.

kind-label = { $kind ->
        [binational] Projetos binacionais
        [multinational] Projetos multinacionais
       *[common] Projetos comuns
    }
kind-counted = { STRONG($figure) } { $count ->
        [one] projeto
       *[other] projetos
    } { $kind ->
        [binational] { $count ->
            [one] binacional
           *[other] binacionais
        }
        [multinational] { $count ->
            [one] multinacional
           *[other] multinacionais
        }
       *[common] { $count ->
            [one] comum
           *[other] comuns
        }
    }
kinds-paragraph = Por tipo: { $kinds }.
