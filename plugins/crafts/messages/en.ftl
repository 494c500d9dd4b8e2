# The `crafts` family (IBERARTESANÍAS…): the meetings, the formal alliances and the observatory of
# the crafts sector. Every message here overrides or adds to the SDK's family messages
# (crates/informe-plugin/messages/family/en.ftl), whose variables it uses: $program, $country
# (the reporting party) and $period are always given; $figure is a figure with its qualifier
# ("more than 40") and $count the same number, for the plural form.

family-name = Crafts

meetings-label = International meetings
# $with-formats is "yes" when the data names the kinds of meetings, $formats.
meetings-paragraph = In { $period }, { STRONG($figure) } international { $count ->
        [one] meeting
       *[other] meetings
    }{ $with-formats ->
        [yes] {" "}({ $formats })
       *[no] {""}
    } { $count ->
        [one] was
       *[other] were
    } carried out.
topics-intro = Discussions were carried out about:
# $with-partners is "yes" when a list of partners follows.
alliances-paragraph = In { $period }, { STRONG($figure) } formal { $count ->
        [one] alliance was
       *[other] alliances were
    } executed{ $with-partners ->
        [yes] {" "}with:
       *[no] .
    }

# The observatory: $name is its name, $status how far its creation has come (planned, begun,
# created).
observatory-label = Creation of the { $name }
# The status as the metric shows it, after the label.
observatory-status = { $status ->
        [planned] planned
        [begun] begun
       *[created] completed
    }
observatory-paragraph = { $status ->
        [planned] The creation of the { $name } is planned.
        [begun] The process for the creation of the { $name } has begun.
       *[created] The { $name } was created.
    }

# The executive summary's sentence when the data counts no projects: the clauses given, joined
# as a list into $clauses.
summary-meetings = { $figure } international { $count ->
        [one] meeting was
       *[other] meetings were
    } carried out
summary-alliances = { $figure } formal { $count ->
        [one] alliance was
       *[other] alliances were
    } executed
summary-observatory = { $status ->
        [planned] the creation of the { $name } was planned
        [begun] the process for the creation of the { $name } began
       *[created] the { $name } was created
    }
summary-crafts = Through { $program }, { $clauses }.
