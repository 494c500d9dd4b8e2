# A família de teste `festival`.
family-name = Festival
section-title = Edições do festival
editions-label = Edições do festival realizadas
selected-label = Projetos selecionados pelo festival
editions-paragraph = O festival realizou { STRONG($editions) } { $editions ->
        [one] edição
       *[other] edições
    } no período.
summary = O festival realizou { $editions } { $editions ->
        [one] edição
       *[other] edições
    }.
