# The `music` family (IBERMÚSICAS…): the projects of the reporting party, the artists of other
# member states it hosted, and the support received per unit paid. Every message here overrides
# or adds to the SDK's family messages (crates/informe-plugin/messages/family/en.ftl), whose
# variables it uses: $program, $country (the reporting party) and $period are always given;
# $figure is a figure with its qualifier ("more than 40") and $count the same number, for the
# plural form.

family-name = Music
section-title = Projects, artists and support

projects-paragraph = In { $period }, { STRONG($figure) } { $count ->
        [one] project
       *[other] projects
    } from { $country } { $count ->
        [one] was
       *[other] were
    } developed with the support of { $program }.

artists-label = Artists from other member states hosted
artists-paragraph = In { $period }, { STRONG($figure) } { $count ->
        [one] artist from another member state developed their project
       *[other] artists from other member states developed their projects
    } in { $country } with the support of { $program }.

# $received, $paid and $ratio are figures already written, with their qualifier; $received-modes
# and $paid-modes are the source's words for how the money came and went, joined as a list.
# $dated is "yes" when every amount covers the same years, $period; "no" otherwise.
# $with-received-modes and $with-paid-modes are "yes" when the source gives the modes.
ratio-label = Support received per unit paid
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

# The executive summary's sentence. $artists is the artists' figure, $artists-count its number.
summary-projects = Through { $program }, { $figure } { $count ->
        [one] project
       *[other] projects
    } from { $country } { $count ->
        [one] was
       *[other] were
    } developed.
summary-artists = Through { $program }, { $figure } { $count ->
        [one] artist from another member state developed their project
       *[other] artists from other member states developed their projects
    } in { $country }.
summary-projects-artists = Through { $program }, { $figure } { $count ->
        [one] project
       *[other] projects
    } from { $country } { $count ->
        [one] was
       *[other] were
    } developed, and { $artists } { $artists-count ->
        [one] artist from another member state developed their project
       *[other] artists from other member states developed their projects
    } in { $country }.
