# La famille de test `festival`.
family-name = Festival
section-title = Éditions du festival
editions-label = Éditions du festival tenues
selected-label = Projets sélectionnés par le festival
editions-paragraph = Le festival a tenu { STRONG($editions) } { $editions ->
        [one] édition
       *[other] éditions
    } au cours de la période.
summary = Le festival a tenu { $editions } { $editions ->
        [one] édition
       *[other] éditions
    }.
