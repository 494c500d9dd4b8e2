# The words informe itself writes into a report (executive summary, chart descriptions, warnings
# shown in the report), in English. Every other catalogue of this folder has the same messages.

# The first paragraph of the executive summary.
summary-intro = In { $period }, the measure “{ $measure }” of { $country } comprised { $count ->
    [one] one program
   *[other] { $count } programs
}: { $programs }.
summary-money = Contributions paid: { $paid }. Support received: { $received }.
summary-none = none reported
# An indicator's line: its name, then its value.
summary-indicator = { $indicator }: { $value }.
# A program's own summary sentence, after its name.
summary-program = { $program }: { $sentence }

# The text alternative of a chart, for readers who cannot see it.
chart-alt = Bar chart of contributions paid and support received in { $currency }. { $rows }.
chart-row = { $program }: paid { $paid }, received { $received }
chart-nothing = nothing

# Warnings shown in the report itself.
warning-no-plugin = No plugin serves the family “{ $family }”: the program { $program } shows its common fields only.
