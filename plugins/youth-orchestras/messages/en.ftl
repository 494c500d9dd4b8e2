# IBERORQUESTAS JUVENILES (family `youth-orchestras`): children's and youth orchestras and choirs.
# The SDK's family messages (calls, partners, meetings…) apply as well; a message defined here
# replaces the SDK's of the same id. Variables as in the SDK's catalogue ($program, $country,
# $period, $figure, $count); $kind is binational, multinational or common.

family-name = Youth orchestras

projects-paragraph = In { $period }, { $program } supported { STRONG($figure) } youth music { $count ->
        [one] project
       *[other] projects
    } of { $country }.
summary-projects = Through { $program }, { $figure } youth music { $count ->
        [one] project
       *[other] projects
    } of { $country } { $count ->
        [one] was
       *[other] were
    } supported.

young-musicians-label = Children and young musicians
young-musicians-paragraph = { STRONG($figure) } { $count ->
        [one] child or young person
       *[other] children and young people
    } took part in the orchestral and choral practice of { $program }.
summary-young-musicians = Through { $program }, { $figure } { $count ->
        [one] child or young person
       *[other] children and young people
    } took part in orchestral and choral practice.

orchestras-label = Orchestras
choirs-label = Choirs
orchestras-counted = { STRONG($figure) } { $count ->
        [one] orchestra
       *[other] orchestras
    }
choirs-counted = { STRONG($figure) } { $count ->
        [one] choir
       *[other] choirs
    }
# $ensembles is the orchestras and choirs counted, joined; $count their total.
ensembles-paragraph = { $ensembles } { $count ->
        [one] was
       *[other] were
    } involved in { $program }.

concerts-label = Concerts
concerts-paragraph = { STRONG($figure) } { $count ->
        [one] concert was
       *[other] concerts were
    } given.
teachers-trained-label = Music teachers trained
teachers-trained-paragraph = { STRONG($figure) } music { $count ->
        [one] teacher was
       *[other] teachers were
    } trained.
workshops-label = Training workshops
workshops-paragraph = { STRONG($figure) } training { $count ->
        [one] workshop was
       *[other] workshops were
    } held.

kind-label = { $kind ->
        [binational] Binational projects
        [multinational] Multinational projects
       *[common] Common projects
    }
kind-counted = { STRONG($figure) } { $kind ->
        [binational] binational
        [multinational] multinational
       *[common] common
    } { $count ->
        [one] project
       *[other] projects
    }
kinds-paragraph = By kind: { $kinds }.
