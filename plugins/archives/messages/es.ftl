# IBERARCHIVOS (familia `archives`): proyectos archivísticos, instituciones que los llevaron a cabo
# y trabajo sobre los fondos documentales. Las variables son las del catálogo de referencia (`en`).

family-name = Archivos

projects-paragraph = En { $period }, { $program } apoyó { STRONG($figure) } { $count ->
        [one] proyecto archivístico
       *[other] proyectos archivísticos
    } de { $country }.
summary-projects = A través de { $program }, { $count ->
        [one] se apoyó { $figure } proyecto archivístico
       *[other] se apoyaron { $figure } proyectos archivísticos
    } de { $country }.

institutions-label = Instituciones archivísticas apoyadas
institutions-paragraph = { $program } apoyó a { STRONG($figure) } { $count ->
        [one] institución archivística
       *[other] instituciones archivísticas
    }.
summary-institutions = A través de { $program }, se apoyó a { $figure } { $count ->
        [one] institución archivística
       *[other] instituciones archivísticas
    }.

submitted-label = Proyectos presentados a las convocatorias
submitted-paragraph = { $count ->
        [one] Se presentó { STRONG($figure) } proyecto
       *[other] Se presentaron { STRONG($figure) } proyectos
    } a las convocatorias de { $program }.

holdings-label = { $work ->
        [organization] Organización
        [description] Descripción
        [conservation] Conservación
       *[digitization] Digitalización
    } ({ $unit })
holdings-work = { $work ->
        [organization] organización
        [description] descripción
        [conservation] conservación
       *[digitization] digitalización
    } de { STRONG($figure) } { $unit }
holdings-paragraph = Trabajo sobre los fondos documentales: { $works }.

lines-caption = Proyectos apoyados por línea de actuación
column-line = Línea de actuación
column-line-projects = Proyectos
line-projects-label = Proyectos: { $line }
lines-intro = Los proyectos apoyados siguieron { $count ->
        [one] esta línea
       *[other] estas líneas
    } de actuación:
