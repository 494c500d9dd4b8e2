# As palavras que o informe escreve num relatório, em português.

summary-intro = Em { $period }, a medida “{ $measure }” de { $country } compreendeu { $count ->
    [one] um programa
   *[other] { $count } programas
}: { $programs }.
summary-money = Contribuições pagas: { $paid }. Apoio recebido: { $received }.
summary-none = nada informado
summary-indicator = { $indicator }: { $value }.
summary-program = { $program }: { $sentence }

chart-alt = Gráfico de barras das contribuições pagas e do apoio recebido em { $currency }. { $rows }.
chart-row = { $program }: pago { $paid }, recebido { $received }
chart-nothing = nada

warning-no-plugin = Nenhum plugin atende à família “{ $family }”: o programa { $program } mostra apenas os seus campos comuns.
