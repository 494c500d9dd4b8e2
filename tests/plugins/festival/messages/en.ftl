# The `festival` test family. $editions is a count.
family-name = Festival
section-title = Festival editions
editions-label = Festival editions held
selected-label = Projects selected by the festival
editions-paragraph = The festival held { STRONG($editions) } { $editions ->
        [one] edition
       *[other] editions
    } in the period.
summary = The festival held { $editions } { $editions ->
        [one] edition
       *[other] editions
    }.
