# IBERCULTURA VIVA (familia `community-culture`): cultura de base comunitaria. Las variables son
# las del catálogo de referencia (`en`).

family-name = Cultura comunitaria

projects-paragraph = En { $period }, { $program } apoyó { STRONG($figure) } { $count ->
        [one] proyecto
       *[other] proyectos
    } de cultura comunitaria en { $country }.
summary-projects = A través de { $program }, { $count ->
        [one] se apoyó { $figure } proyecto
       *[other] se apoyaron { $figure } proyectos
    } de cultura comunitaria en { $country }.

organizations-label = Organizaciones culturales comunitarias apoyadas
organizations-paragraph = { $program } apoyó a { STRONG($figure) } { $count ->
        [one] organización cultural comunitaria
       *[other] organizaciones culturales comunitarias
    }.
summary-organizations = A través de { $program }, se apoyó a { $figure } { $count ->
        [one] organización cultural comunitaria
       *[other] organizaciones culturales comunitarias
    }.
culture-points-label = Puntos de cultura
culture-points-paragraph = { $count ->
        [one] Participó { STRONG($figure) } punto
       *[other] Participaron { STRONG($figure) } puntos
    } de cultura en { $program }.
networks-label = Redes de cultura comunitaria apoyadas
networks-paragraph = Se apoyó a { STRONG($figure) } { $count ->
        [one] red
       *[other] redes
    } de cultura comunitaria.
scholarships-label = Becas de formación
scholarships-paragraph = { $count ->
        [one] Se otorgó { STRONG($figure) } beca
       *[other] Se otorgaron { STRONG($figure) } becas
    } de formación en políticas culturales de base comunitaria.
mobility-label = Personas con apoyo de movilidad
mobility-paragraph = { STRONG($figure) } { $count ->
        [one] persona recibió
       *[other] personas recibieron
    } apoyo de movilidad para asistir a congresos y encuentros de cultura comunitaria.
local-governments-label = Gobiernos locales en la red
local-governments-paragraph = { STRONG($figure) } { $count ->
        [one] gobierno local participó
       *[other] gobiernos locales participaron
    } en la red de ciudades y gobiernos locales de { $program }.
exchanges-label = Intercambios entre comunidades
exchanges-paragraph = { $count ->
        [one] Se realizó { STRONG($figure) } intercambio
       *[other] Se realizaron { STRONG($figure) } intercambios
    } de experiencias y saberes entre comunidades.
