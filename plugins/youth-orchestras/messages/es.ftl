# IBERORQUESTAS JUVENILES (familia `youth-orchestras`): orquestas y coros infantiles y juveniles.
# Las variables son las del catálogo de referencia (`en`).

family-name = Orquestas juveniles

projects-paragraph = En { $period }, { $program } apoyó { STRONG($figure) } { $count ->
        [one] proyecto
       *[other] proyectos
    } de música infantil y juvenil de { $country }.
summary-projects = A través de { $program }, { $count ->
        [one] se apoyó { $figure } proyecto
       *[other] se apoyaron { $figure } proyectos
    } de música infantil y juvenil de { $country }.

young-musicians-label = Niñas, niños y jóvenes músicos
young-musicians-paragraph = { STRONG($figure) } { $count ->
        [one] niña, niño o joven participó
       *[other] niñas, niños y jóvenes participaron
    } en la práctica orquestal y coral de { $program }.
summary-young-musicians = A través de { $program }, { $figure } { $count ->
        [one] niña, niño o joven participó
       *[other] niñas, niños y jóvenes participaron
    } en la práctica orquestal y coral.

orchestras-label = Orquestas
choirs-label = Coros
orchestras-counted = { STRONG($figure) } { $count ->
        [one] orquesta
       *[other] orquestas
    }
choirs-counted = { STRONG($figure) } { $count ->
        [one] coro
       *[other] coros
    }
ensembles-paragraph = { $ensembles } { $count ->
        [one] participó
       *[other] participaron
    } en { $program }.

concerts-label = Conciertos
concerts-paragraph = { $count ->
        [one] Se ofreció { STRONG($figure) } concierto
       *[other] Se ofrecieron { STRONG($figure) } conciertos
    }.
teachers-trained-label = Docentes de música capacitados
teachers-trained-paragraph = Se capacitó a { STRONG($figure) } { $count ->
        [one] docente
       *[other] docentes
    } de música.
workshops-label = Talleres de formación
workshops-paragraph = { $count ->
        [one] Se realizó { STRONG($figure) } taller
       *[other] Se realizaron { STRONG($figure) } talleres
    } de formación.

kind-label = { $kind ->
        [binational] Proyectos binacionales
        [multinational] Proyectos multinacionales
       *[common] Proyectos comunes
    }
kind-counted = { STRONG($figure) } { $count ->
        [one] proyecto
       *[other] proyectos
    } { $kind ->
        [binational] { $count ->
            [one] binacional
           *[other] binacionales
        }
        [multinational] { $count ->
            [one] multinacional
           *[other] multinacionales
        }
       *[common] { $count ->
            [one] común
           *[other] comunes
        }
    }
kinds-paragraph = Por tipo: { $kinds }.
