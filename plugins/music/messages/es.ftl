# La familia `music` (IBERMÚSICAS…): los proyectos de la parte informante, los artistas de otros
# Estados miembros que acogió y el apoyo recibido por unidad pagada. Las variables son las del
# catálogo en inglés.

family-name = Música
section-title = Proyectos, artistas y apoyos

projects-paragraph = En { $period }, { $count ->
        [one] se desarrolló { STRONG($figure) } proyecto
       *[other] se desarrollaron { STRONG($figure) } proyectos
    } de { $country } con el apoyo de { $program }.

artists-label = Artistas de otros Estados miembros acogidos
artists-paragraph = En { $period }, { $count ->
        [one] { STRONG($figure) } artista de otro Estado miembro desarrolló su proyecto
       *[other] { STRONG($figure) } artistas de otros Estados miembros desarrollaron sus proyectos
    } en { $country } con el apoyo de { $program }.

ratio-label = Apoyo recibido por unidad pagada
ratio-paragraph = { $dated ->
        [yes] En { $period }, { $country }
       *[no] { $country }
    } recibió { STRONG($received) }{ $with-received-modes ->
        [yes] {" "}como { $received-modes }
       *[no] {""}
    } por { STRONG($paid) } pagados{ $with-paid-modes ->
        [yes] {" "}en { $paid-modes }
       *[no] {""}
    }: { STRONG($ratio) } recibidos por unidad pagada.

summary-projects = A través de { $program }, { $count ->
        [one] se desarrolló { $figure } proyecto
       *[other] se desarrollaron { $figure } proyectos
    } de { $country }.
summary-artists = A través de { $program }, { $count ->
        [one] { $figure } artista de otro Estado miembro desarrolló su proyecto
       *[other] { $figure } artistas de otros Estados miembros desarrollaron sus proyectos
    } en { $country }.
summary-projects-artists = A través de { $program }, { $count ->
        [one] se desarrolló { $figure } proyecto
       *[other] se desarrollaron { $figure } proyectos
    } de { $country }, y { $artists-count ->
        [one] { $artists } artista de otro Estado miembro desarrolló su proyecto
       *[other] { $artists } artistas de otros Estados miembros desarrollaron sus proyectos
    } en { $country }.
