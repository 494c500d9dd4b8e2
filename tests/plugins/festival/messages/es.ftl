# La familia de prueba `festival`.
family-name = Festival
section-title = Ediciones del festival
editions-label = Ediciones del festival celebradas
selected-label = Proyectos seleccionados por el festival
editions-paragraph = El festival celebró { STRONG($editions) } { $editions ->
        [one] edición
       *[other] ediciones
    } en el periodo.
summary = El festival celebró { $editions } { $editions ->
        [one] edición
       *[other] ediciones
    }.
