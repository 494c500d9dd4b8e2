# IBERMEDIA (familia `audiovisual`): lo apoyado en cada subperiodo y en qué áreas.
# Las variables son las del catálogo en inglés; $kind viene en plural, con el género que le dé
# la fuente: las frases se construyen sin concordar con él.

section-title = Apoyos por subperiodo
table-caption = Apoyos otorgados a través de { $program }
column-period = Periodo
column-areas = Áreas
column-supported = Objeto del apoyo
column-number = Número

supported-label = { $kind } con apoyo

counted = { STRONG($count) } { $kind }
sub-period-paragraph = En { $period }, se apoyaron { $supported }{ $with-areas ->
        [yes] {" "}en las áreas de { $areas }
       *[no] {""}
    }.

summary-first = se apoyaron { $supported } en { $period }
summary-next = { $supported } en { $period }
summary-join = { $head }, { $next }
summary-join-last = { $head }, y { $last }
summary = A través de { $program }, { $clauses }.
