# IBERCULTURA VIVA (family `community-culture`): community-based culture — organizations, points of
# culture, networks, scholarships, mobility, local governments, exchanges. The SDK's family
# messages (calls, partners, meetings…) apply as well; a message defined here replaces the SDK's of
# the same id. Variables as in the SDK's catalogue ($program, $country, $period, $figure, $count).

family-name = Community culture

projects-paragraph = In { $period }, { $program } supported { STRONG($figure) } community culture { $count ->
        [one] project
       *[other] projects
    } in { $country }.
summary-projects = Through { $program }, { $figure } community culture { $count ->
        [one] project was
       *[other] projects were
    } supported in { $country }.

organizations-label = Community cultural organizations supported
organizations-paragraph = { $program } supported { STRONG($figure) } community cultural { $count ->
        [one] organization
       *[other] organizations
    }.
summary-organizations = Through { $program }, { $figure } community cultural { $count ->
        [one] organization was
       *[other] organizations were
    } supported.
culture-points-label = Points of culture
culture-points-paragraph = { STRONG($figure) } { $count ->
        [one] point
       *[other] points
    } of culture took part in { $program }.
networks-label = Community culture networks supported
networks-paragraph = { STRONG($figure) } community culture { $count ->
        [one] network was
       *[other] networks were
    } supported.
scholarships-label = Training scholarships
scholarships-paragraph = { STRONG($figure) } { $count ->
        [one] scholarship was
       *[other] scholarships were
    } awarded for training in community-based cultural policies.
mobility-label = People given mobility support
mobility-paragraph = { STRONG($figure) } { $count ->
        [one] person
       *[other] people
    } received mobility support to attend community culture congresses and meetings.
local-governments-label = Local governments in the network
local-governments-paragraph = { STRONG($figure) } local { $count ->
        [one] government
       *[other] governments
    } took part in the network of cities and local governments of { $program }.
exchanges-label = Exchanges between communities
exchanges-paragraph = { STRONG($figure) } { $count ->
        [one] exchange
       *[other] exchanges
    } of experiences and knowledge between communities { $count ->
        [one] was
       *[other] were
    } held.
