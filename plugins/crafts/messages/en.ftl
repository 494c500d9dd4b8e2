# IBERARTESANÍAS (family `crafts`): meetings, discussion topics, formal alliances and the observatory.
# $period is the report period (2012–2015), $program the program's name; $meetings and
# $alliances are counts; $formats is the source's meeting formats, joined as a list; $name
# and $status are the source's words for the observatory ($status completes "… has").

meetings-title = Meetings and discussions
meetings-label = International meetings
alliances-title = Formal alliances
alliances-label = Formal alliances
observatory-label = Process for the creation of the { $name }

# $with-formats is "yes" when the source names the formats, "no" otherwise.
meetings-paragraph = In { $period }, { STRONG($meetings) } international { $meetings ->
        [one] meeting
       *[other] meetings
    }{ $with-formats ->
        [yes] {" "}({ $formats })
       *[no] {""}
    } { $meetings ->
        [one] was
       *[other] were
    } carried out.
topics-intro = Discussions were carried out about:
# $with-partners is "yes" when a list of partners follows, "no" otherwise.
alliances-paragraph = In { $period }, { STRONG($alliances) } formal { $alliances ->
        [one] alliance was
       *[other] alliances were
    } executed{ $with-partners ->
        [yes] {" "}with:
       *[no] .
    }

# Lower-case: it ends the summary, and begins the observatory's section capitalized.
observatory = the process for the creation of the { $name } has { $status }

summary = Through { $program }, { $meetings } international { $meetings ->
        [one] meeting was
       *[other] meetings were
    } carried out and { $alliances } formal { $alliances ->
        [one] alliance was
       *[other] alliances were
    } executed; { $observatory }.
