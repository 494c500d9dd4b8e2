# The `performing-arts` family (IBERESCENA…): the projects benefited and the countries that took
# part. Every message here overrides or adds to the SDK's family messages
# (crates/informe-plugin/messages/family/en.ftl), whose variables it uses: $program, $country (the
# reporting party) and $period are always given; $figure is a figure with its qualifier ("more
# than 40") and $count the same number, for the plural form.

family-name = Performing arts

projects-label = Projects benefited
projects-paragraph = In { $period }, { STRONG($figure) } { $count ->
        [one] project was
       *[other] projects were
    } benefited.

# $countries is the countries' names, joined as a list; $count how many.
countries-label = Participating countries
countries-paragraph = { $count ->
        [one] The country that participated in { $period } was
       *[other] The { STRONG($count) } countries that participated in { $period } were
    }: { $countries }.

summary-projects = Through { $program }, { $figure } { $count ->
        [one] project was
       *[other] projects were
    } benefited.
# With the number of countries that took part, $countries.
summary-projects-countries = Through { $program }, { $figure } { $count ->
        [one] project was
       *[other] projects were
    } benefited, with { $countries } participating { $countries ->
        [one] country
       *[other] countries
    }.
