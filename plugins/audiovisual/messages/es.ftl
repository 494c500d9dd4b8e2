# La familia `audiovisual` (IBERMEDIA…): los apoyos otorgados, sobre todo por subperiodo. Las
# variables son las del catálogo en inglés. $kind es lo apoyado, en plural y con el género que
# le dé la fuente («coproducciones»): las frases se construyen sin concordar con él.

family-name = Audiovisual
section-title = Apoyos otorgados
sub-periods-title = Apoyos por subperiodo

projects-paragraph = En { $period }, { $count ->
        [one] { STRONG($figure) } proyecto recibió
       *[other] { STRONG($figure) } proyectos recibieron
    } apoyo de { $program }.
summary-projects = A través de { $program }, { $count ->
        [one] { $figure } proyecto recibió
       *[other] { $figure } proyectos recibieron
    } apoyo.

# Lo apoyado, sin concordar con su género.
supported-label = { $kind } con apoyo
column-supported = Objeto del apoyo
sub-period-paragraph = En { $period }, el apoyo se destinó a { $supported }{ $with-areas ->
        [yes] {" "}en las áreas de { $areas }
       *[no] {""}
    }{ $with-amount ->
        [yes] , por { $amount }
       *[no] {""}
    }.
summary-first = el apoyo se destinó a { $supported } en { $period }
summary-next = a { $supported } en { $period }
