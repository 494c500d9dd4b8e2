# IBER-RUTAS (familia `routes`): migración e interculturalidad — concursos y premios, fondo de
# ayuda a acciones culturales con comunidades migrantes, investigaciones. Las variables son las del
# catálogo de referencia (`en`).

family-name = Migración e interculturalidad

projects-paragraph = En { $period }, { $program } apoyó { STRONG($figure) } { $count ->
        [one] proyecto
       *[other] proyectos
    } sobre migración e interculturalidad en { $country }.
summary-projects = A través de { $program }, { $count ->
        [one] se apoyó { $figure } proyecto
       *[other] se apoyaron { $figure } proyectos
    } sobre migración e interculturalidad en { $country }.

entries-label = Obras presentadas a los concursos
entries-paragraph = { $count ->
        [one] Se presentó { STRONG($figure) } obra
       *[other] Se presentaron { STRONG($figure) } obras
    } a los concursos de { $program }.
awarded-label = Obras premiadas
awarded-paragraph = { $count ->
        [one] Se premió { STRONG($figure) } obra
       *[other] Se premiaron { STRONG($figure) } obras
    }.
contests-caption = Concursos y premios de { $program }
column-contest = Concurso
column-entries = Obras recibidas
column-awarded = Obras premiadas
contest-entries-label = Obras recibidas: { $contest }
contest-awarded-label = Obras premiadas: { $contest }

aids-label = Ayudas del fondo
aids-paragraph = { $count ->
        [one] Se otorgó { STRONG($figure) } ayuda
       *[other] Se otorgaron { STRONG($figure) } ayudas
    } del fondo a acciones culturales con comunidades migrantes.
summary-aids = A través de { $program }, { $count ->
        [one] se otorgó { $figure } ayuda
       *[other] se otorgaron { $figure } ayudas
    } a acciones culturales con comunidades migrantes.
migrant-actions-label = Acciones culturales con comunidades migrantes
migrant-actions-paragraph = { $count ->
        [one] Se realizó { STRONG($figure) } acción cultural
       *[other] Se realizaron { STRONG($figure) } acciones culturales
    } con comunidades migrantes.
summary-migrant-actions = A través de { $program }, { $count ->
        [one] se realizó { $figure } acción cultural
       *[other] se realizaron { $figure } acciones culturales
    } con comunidades migrantes.
studies-label = Investigaciones sobre procesos migratorios
studies-paragraph = { $count ->
        [one] Se realizó { STRONG($figure) } investigación
       *[other] Se realizaron { STRONG($figure) } investigaciones
    } sobre los procesos migratorios.
audience-label = Público de exposiciones y actividades
audience-paragraph = Las exposiciones y actividades reunieron a { STRONG($figure) } { $count ->
        [one] persona
       *[other] personas
    }.
