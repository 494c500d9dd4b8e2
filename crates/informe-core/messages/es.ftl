# Las palabras que informe escribe en un informe, en español.

summary-intro-empty = En { $period }, la medida «{ $measure }» de { $country } no informó programas.
summary-intro = En { $period }, la medida «{ $measure }» de { $country } comprendió { $count ->
    [one] un programa
   *[other] { $count } programas
}: { $programs }.
summary-money = Contribuciones aportadas: { $paid }. Apoyos recibidos: { $received }.
summary-allocated = Recursos financieros asignados a la medida: { $amount }.
summary-none = no se informan
summary-indicator = { $indicator }: { $value }.
summary-program = { $program }: { $sentence }

chart-alt = Gráfica de barras de las contribuciones aportadas y los apoyos recibidos en { $currency }. { $rows }.
chart-row = { $program }: aportado { $paid }, recibido { $received }
chart-nothing = nada
chart-more = { $count ->
    [one] un programa más, en el cuadro de recursos financieros
   *[other] { $count } programas más, en el cuadro de recursos financieros
}

warning-no-plugin = Ningún complemento atiende a la familia «{ $family }»: el programa { $program } muestra sus campos comunes y las cifras que declaran sus datos.

# The workbook: sheet names and column headers; the title of a report without one.
ods-sheet-programs = Programas
ods-sheet-metrics = Cifras
ods-sheet-totals = Totales
ods-sheet-tables = Tablas
ods-sheet-notes = Notas
ods-id = Id
ods-program = Programa
ods-family = Familia
ods-paid = Contribuciones aportadas
ods-received = Apoyos recibidos
ods-currency = Moneda
ods-qualifier = Calificador
ods-period = Periodo
ods-projects = Proyectos beneficiados
ods-key = Clave
ods-label = Descripción
ods-value = Valor
ods-unit = Unidad o moneda
ods-indicator = Indicador
ods-total = Total
ods-sources = Fuentes
ods-data-file = Archivo de datos
ods-generated = Generado con
ods-footnotes = Notas al pie
ods-counts-toward = Cuenta para: { $indicator }
ods-sheet-measures = Medidas
ods-measure = Medida
ods-chapter = Capítulo
ods-goals = Objetivos
ods-areas = Áreas de seguimiento
ods-agencies = Organismos responsables de la aplicación
ods-programs = Programas
report-title = Informe Periódico Cuatrienal — { $country } { $period }
