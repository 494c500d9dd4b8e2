# IBERMÚSICAS (familia `music`): proyectos en el extranjero, artistas acogidos y apoyo recibido
# por unidad pagada. Las variables son las del catálogo en inglés.

section-title = Proyectos, artistas y apoyos

projects-label = Proyectos mexicanos desarrollados en la región iberoamericana
artists-label = Artistas iberoamericanos que desarrollaron sus proyectos en México
ratio-label = Apoyo recibido por unidad pagada

projects-paragraph = En { $period }, { $projects ->
        [one] se desarrolló { STRONG($projects) } proyecto mexicano
       *[other] se desarrollaron { STRONG($projects) } proyectos mexicanos
    } en la región iberoamericana, y se benefició a { STRONG($artists) } { $artists ->
        [one] artista iberoamericano que desarrolló su proyecto
       *[other] artistas iberoamericanos que desarrollaron sus proyectos
    } en México.

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

summary = A través de { $program }, { $projects ->
        [one] se desarrolló { $projects } proyecto mexicano
       *[other] se desarrollaron { $projects } proyectos mexicanos
    } en la región iberoamericana y { $artists ->
        [one] { $artists } artista iberoamericano desarrolló su proyecto
       *[other] { $artists } artistas iberoamericanos desarrollaron sus proyectos
    } en México.
