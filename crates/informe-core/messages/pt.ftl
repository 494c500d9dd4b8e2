# As palavras que o informe escreve num relatório, em português.

summary-intro-empty = Em { $period }, a medida “{ $measure }” deste relatório não informou programas.
summary-intro = Em { $period }, a medida “{ $measure }” deste relatório compreendeu { $count ->
    [one] um programa
   *[other] { $count } programas
}: { $programs }.
summary-money = Contribuições pagas: { $paid }. Apoio recebido: { $received }.
summary-allocated = Recursos financeiros alocados à medida: { $amount }.
summary-none = nada informado
summary-indicator = { $indicator }: { $value }.
summary-program = { $program }: { $sentence }

chart-alt = Gráfico de barras das contribuições pagas e do apoio recebido em { $currency }. { $rows }.
chart-row = { $program }: pago { $paid }, recebido { $received }
chart-nothing = nada
chart-more = { $count ->
    [one] mais um programa, no quadro de recursos financeiros
   *[other] mais { $count } programas, no quadro de recursos financeiros
}

warning-no-plugin = Nenhum módulo atende à família “{ $family }”: o programa { $program } mostra os seus campos comuns e os números que os seus dados declaram.

# The workbook: sheet names and column headers; the title of a report without one.
ods-sheet-programs = Programas
ods-sheet-metrics = Números
ods-sheet-totals = Totais
ods-sheet-tables = Tabelas
ods-sheet-notes = Notas
ods-id = Id
ods-program = Programa
ods-family = Família
ods-paid = Contribuições pagas
ods-received = Apoio recebido
ods-currency = Moeda
ods-qualifier = Qualificador
ods-period = Período
ods-projects = Projetos beneficiados
ods-key = Chave
ods-label = Descrição
ods-value = Valor
ods-unit = Unidade ou moeda
ods-indicator = Indicador
ods-total = Total
ods-sources = Fontes
ods-data-file = Arquivo de dados
ods-generated = Gerado com
ods-footnotes = Notas de rodapé
ods-counts-toward = Conta para: { $indicator }
ods-sheet-measures = Medidas
ods-measure = Medida
ods-chapter = Capítulo
ods-goals = Objetivos
ods-areas = Áreas de monitoramento
ods-agencies = Órgãos responsáveis pela implementação
ods-programs = Programas
report-title = Relatório Periódico Quadrienal — { $country } { $period }
