# IBERMÚSICAS (family `music`): projects abroad, artists hosted and support received per unit paid.
# $period is a span of years (2012–2015), $country the reporting country, $program the program's
# name; $projects and $artists are counts; $received, $paid and $ratio are figures already
# written, with their qualifier; $received-modes and $paid-modes are the source's words for how
# the money came and went, already joined as a list.

section-title = Projects, artists and support

projects-label = Mexican projects developed within the Ibero-American region
artists-label = Ibero-American artists who developed their projects in Mexico
ratio-label = Support received per unit paid

projects-paragraph = In { $period }, { STRONG($projects) } Mexican { $projects ->
        [one] project was
       *[other] projects were
    } developed within the Ibero-American region, and { STRONG($artists) } Ibero-American { $artists ->
        [one] artist who developed their project in Mexico was
       *[other] artists who developed their projects in Mexico were
    } benefited.

# $dated is "yes" when every amount covers the same years, $period; "no" otherwise.
# $with-received-modes and $with-paid-modes are "yes" when the source gives the modes, "no" otherwise.
ratio-paragraph = { $dated ->
        [yes] In { $period }, { $country }
       *[no] { $country }
    } received { STRONG($received) }{ $with-received-modes ->
        [yes] {" "}as { $received-modes }
       *[no] {""}
    } for { STRONG($paid) } paid{ $with-paid-modes ->
        [yes] {" "}in { $paid-modes }
       *[no] {""}
    }: { STRONG($ratio) } received per unit paid.

summary = Through { $program }, { $projects } Mexican { $projects ->
        [one] project was
       *[other] projects were
    } developed within the Ibero-American region and { $artists } Ibero-American { $artists ->
        [one] artist developed their project
       *[other] artists developed their projects
    } in Mexico.
