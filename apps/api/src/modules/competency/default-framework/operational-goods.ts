import { area, competency } from './types.js';

/** Operational competencies about the goods: classification, valuation, origin, procedures and revenue. */
export const OPERATIONAL_GOODS_AREAS = [
  area('tariff-classification', 'operational', ['Tariff classification (HS)', 'Classificação pautal (SH)'], [
    competency(
      'hs-classification',
      ['HS classification', 'Classificação no Sistema Harmonizado'],
      ['Classifies goods in the Harmonized System using the general interpretative rules and explanatory notes.', 'Classifica mercadorias no Sistema Harmonizado com as regras gerais interpretativas e as notas explicativas.'],
      [
        ['Knows the structure of the HS: sections, chapters, headings and subheadings.', 'Conhece a estrutura do SH: secções, capítulos, posições e subposições.'],
        ['Classifies routine goods with the tariff and checks declared codes.', 'Classifica mercadorias correntes com a pauta e verifica os códigos declarados.'],
        ['Classifies complex goods (machines, chemicals, sets) applying rules 1 to 6 and notes.', 'Classifica mercadorias complexas (máquinas, químicos, sortidos) aplicando as regras 1 a 6 e as notas.'],
        ['Resolves disputed classifications, issues rulings and teaches classification.', 'Resolve classificações litigiosas, emite decisões e ensina classificação.'],
      ],
    ),
    competency(
      'tariff-application',
      ['Tariff and exemptions', 'Pauta e isenções'],
      ['Applies duty rates, tariff preferences, quotas and exemptions correctly.', 'Aplica corretamente taxas de direitos, preferências pautais, contingentes e isenções.'],
      [
        ['Finds the duty rate for a tariff code in the national tariff.', 'Encontra a taxa do direito de um código na pauta nacional.'],
        ['Applies rates and routine exemptions to declarations.', 'Aplica taxas e isenções correntes às declarações.'],
        ['Decides on conditional exemptions and preferential treatment claims.', 'Decide isenções condicionais e pedidos de tratamento preferencial.'],
        ['Maintains the tariff in the system and advises on tariff policy.', 'Mantém a pauta no sistema e aconselha sobre política pautal.'],
      ],
    ),
  ]),
  area('valuation', 'operational', ['Customs valuation', 'Valor aduaneiro'], [
    competency(
      'customs-valuation',
      ['Customs valuation', 'Determinação do valor aduaneiro'],
      ['Determines the customs value under the WTO Valuation Agreement, starting with the transaction value.', 'Determina o valor aduaneiro segundo o Acordo de Valoração da OMC, a começar pelo valor transacional.'],
      [
        ['Knows that the transaction value is the first method and what an invoice shows.', 'Sabe que o valor transacional é o primeiro método e o que uma fatura mostra.'],
        ['Checks invoices and adds freight, insurance and other elements to routine declarations.', 'Verifica faturas e acrescenta frete, seguro e outros elementos em declarações correntes.'],
        ['Applies the alternative methods and adjustments for royalties, commissions and related parties.', 'Aplica os métodos alternativos e os ajustamentos por royalties, comissões e partes relacionadas.'],
        ['Resolves complex valuation cases, writes guidance and teaches valuation.', 'Resolve casos complexos de valor, redige orientações e ensina valoração.'],
      ],
    ),
    competency(
      'valuation-control',
      ['Valuation control', 'Controlo do valor'],
      ['Detects undervaluation with price references and risk indicators and acts on doubts.', 'Deteta subfaturação com referências de preços e indicadores de risco e atua perante dúvidas.'],
      [
        ['Knows that declared values can be false and that reference prices exist.', 'Sabe que os valores declarados podem ser falsos e que existem preços de referência.'],
        ['Compares declared values with the reference database and flags doubts.', 'Compara os valores declarados com a base de referência e assinala dúvidas.'],
        ['Conducts the reasonable-doubt procedure and requests supporting evidence.', 'Conduz o procedimento de dúvida razoável e pede prova complementar.'],
        ['Designs the valuation database and control strategy and trains controllers.', 'Concebe a base de dados de valores e a estratégia de controlo e forma os controladores.'],
      ],
    ),
  ]),
  area('origin', 'operational', ['Rules of origin', 'Regras de origem'], [
    competency(
      'rules-of-origin',
      ['Rules of origin', 'Regras de origem'],
      ['Determines preferential and non-preferential origin and checks proofs of origin.', 'Determina a origem preferencial e não preferencial e verifica as provas de origem.'],
      [
        ['Knows the difference between preferential and non-preferential origin.', 'Conhece a diferença entre origem preferencial e não preferencial.'],
        ['Checks certificates and statements of origin on routine declarations.', 'Verifica certificados e declarações de origem em declarações correntes.'],
        ['Applies product-specific rules, cumulation and tolerance to decide origin.', 'Aplica regras específicas por produto, acumulação e tolerância para decidir a origem.'],
        ['Advises on trade agreement origin protocols and teaches rules of origin.', 'Aconselha sobre protocolos de origem de acordos comerciais e ensina regras de origem.'],
      ],
    ),
    competency(
      'origin-verification',
      ['Origin verification', 'Verificação da origem'],
      ['Requests and follows up verification of proofs of origin with exporting countries.', 'Pede e acompanha a verificação de provas de origem junto dos países de exportação.'],
      [
        ['Knows that doubtful proofs of origin can be sent for verification.', 'Sabe que provas de origem duvidosas podem ser enviadas para verificação.'],
        ['Identifies proofs that need verification and prepares the request.', 'Identifica provas que exigem verificação e prepara o pedido.'],
        ['Manages verification cases and decides on preference after the reply.', 'Gere processos de verificação e decide a preferência após a resposta.'],
        ['Leads origin fraud investigations with partner administrations and trains staff.', 'Dirige investigações de fraude de origem com administrações parceiras e forma pessoal.'],
      ],
    ),
  ]),
  area('procedures-clearance', 'operational', ['Procedures and clearance (RKC)', 'Procedimentos e desalfandegamento (CQR)'], [
    competency(
      'declaration-processing',
      ['Entry, release and exit', 'Entrada, autorização de saída e saída'],
      ['Processes import and export declarations from lodgement to release, following the Revised Kyoto Convention.', 'Processa declarações de importação e exportação desde a entrega até à autorização de saída, segundo a Convenção de Quioto Revista.'],
      [
        ['Knows the steps of clearance and the documents a declaration needs.', 'Conhece as fases do desalfandegamento e os documentos que uma declaração exige.'],
        ['Checks routine declarations for completeness and releases compliant goods.', 'Verifica declarações correntes quanto à completude e autoriza a saída de mercadorias conformes.'],
        ['Handles amendments, cancellations, simplified and pre-arrival declarations.', 'Trata retificações, anulações, declarações simplificadas e prévias à chegada.'],
        ['Designs clearance procedures, measures release time and teaches them.', 'Concebe procedimentos de desalfandegamento, mede o tempo de saída e ensina-os.'],
      ],
    ),
    competency(
      'physical-examination',
      ['Physical examination of goods', 'Verificação física das mercadorias'],
      ['Examines goods and takes samples safely, and records findings that stand as evidence.', 'Examina mercadorias e colhe amostras com segurança e regista constatações que servem de prova.'],
      [
        ['Knows the safety rules and the reasons for an examination.', 'Conhece as regras de segurança e as razões de uma verificação.'],
        ['Examines goods against the declaration and writes the examination report.', 'Verifica as mercadorias face à declaração e redige o auto de verificação.'],
        ['Plans full examinations of containers, uses scanners and takes samples for the laboratory.', 'Planeia verificações completas de contentores, usa scanners e colhe amostras para o laboratório.'],
        ['Sets examination standards, reviews reports and teaches examination techniques.', 'Define normas de verificação, revê autos e ensina técnicas de verificação.'],
      ],
    ),
    competency(
      'cargo-control',
      ['Cargo and means of transport', 'Carga e meios de transporte'],
      ['Controls manifests, containers and the arrival and departure of ships, aircraft and vehicles.', 'Controla manifestos, contentores e a chegada e partida de navios, aeronaves e veículos.'],
      [
        ['Knows what a manifest and a bill of lading show.', 'Sabe o que mostram um manifesto e um conhecimento de embarque.'],
        ['Registers manifests and reconciles them with declarations.', 'Regista manifestos e concilia-os com as declarações.'],
        ['Controls discrepancies, unmanifested cargo and seals on means of transport.', 'Controla divergências, carga não manifestada e selos em meios de transporte.'],
        ['Organises cargo control at a port or airport and teaches it.', 'Organiza o controlo de carga num porto ou aeroporto e ensina-o.'],
      ],
    ),
    competency(
      'transit',
      ['Transit', 'Trânsito aduaneiro'],
      ['Places goods under transit, secures the duties and discharges the movement on arrival.', 'Coloca mercadorias em trânsito, garante os direitos e apura o movimento à chegada.'],
      [
        ['Knows what transit is and why a guarantee is needed.', 'Sabe o que é o trânsito e porque é necessária uma garantia.'],
        ['Opens and closes routine transit movements and checks seals.', 'Abre e encerra movimentos de trânsito correntes e verifica selos.'],
        ['Handles overdue movements, enquiries and guarantee calls.', 'Trata movimentos em atraso, inquéritos e execução de garantias.'],
        ['Designs transit and guarantee arrangements with neighbours and teaches them.', 'Concebe regimes de trânsito e garantias com países vizinhos e ensina-os.'],
      ],
    ),
    competency(
      'special-procedures',
      ['Special procedures', 'Regimes aduaneiros especiais'],
      ['Authorises and supervises warehousing, temporary admission, processing and end-use.', 'Autoriza e fiscaliza o entreposto, a importação temporária, o aperfeiçoamento e o destino especial.'],
      [
        ['Knows the special procedures and what they suspend or relieve.', 'Conhece os regimes especiais e o que suspendem ou isentam.'],
        ['Processes declarations under special procedures and checks their conditions.', 'Processa declarações em regimes especiais e verifica as suas condições.'],
        ['Examines authorisations, calculates guarantees and discharges the procedure.', 'Analisa autorizações, calcula garantias e apura o regime.'],
        ['Audits procedure holders, drafts policy and teaches special procedures.', 'Audita titulares de regimes, elabora orientações e ensina regimes especiais.'],
      ],
    ),
    competency(
      'prohibitions-restrictions',
      ['Prohibitions and restrictions', 'Proibições e restrições'],
      ['Applies licences and controls that other agencies require at the border (health, safety, environment).', 'Aplica as licenças e controlos exigidos por outras entidades na fronteira (saúde, segurança, ambiente).'],
      [
        ['Knows that some goods need a licence or are prohibited.', 'Sabe que certas mercadorias exigem licença ou são proibidas.'],
        ['Checks licences and permits for routine restricted goods.', 'Verifica licenças e autorizações de mercadorias restritas correntes.'],
        ['Decides on detention and refers cases to the competent agency.', 'Decide a retenção e encaminha casos para a entidade competente.'],
        ['Maintains the list of restrictions in the system and trains staff on it.', 'Mantém a lista de restrições no sistema e forma o pessoal.'],
      ],
    ),
  ]),
  area('revenue-accounting', 'operational', ['Revenue and accounting', 'Receita e contabilidade'], [
    competency(
      'revenue-collection',
      ['Duty and tax calculation', 'Cálculo de direitos e impostos'],
      ['Calculates duties and taxes, secures payment and recovers debts.', 'Calcula direitos e impostos, assegura o pagamento e cobra as dívidas.'],
      [
        ['Knows the duties and taxes collected at import and export.', 'Conhece os direitos e impostos cobrados na importação e exportação.'],
        ['Calculates duties and taxes on routine declarations.', 'Calcula direitos e impostos em declarações correntes.'],
        ['Handles post-release assessments, refunds, guarantees and debt recovery.', 'Trata liquidações a posteriori, reembolsos, garantias e cobrança de dívidas.'],
        ['Designs revenue controls, forecasts collection and teaches revenue work.', 'Concebe controlos de receita, prevê a cobrança e ensina o trabalho de receita.'],
      ],
    ),
    competency(
      'revenue-accounting',
      ['Revenue accounting', 'Contabilidade da receita'],
      ['Records, reconciles and reports collected revenue according to public finance rules.', 'Regista, concilia e reporta a receita cobrada segundo as regras das finanças públicas.'],
      [
        ['Knows how collected revenue reaches the treasury.', 'Sabe como a receita cobrada chega ao tesouro.'],
        ['Records receipts and prepares daily cash statements.', 'Regista recebimentos e prepara folhas de caixa diárias.'],
        ['Reconciles accounts with the bank and treasury and explains differences.', 'Concilia as contas com o banco e o tesouro e explica diferenças.'],
        ['Prepares the revenue accounts and reports and trains accountants.', 'Prepara as contas e relatórios da receita e forma contabilistas.'],
      ],
    ),
    competency(
      'excise-vat-import',
      ['Excise and VAT at import', 'Impostos especiais e IVA na importação'],
      ['Applies excise duties and sales tax or VAT at import, including tax stamps and warehouses.', 'Aplica impostos especiais de consumo e imposto sobre vendas ou IVA na importação, incluindo selos fiscais e entrepostos.'],
      [
        ['Knows which goods bear excise and how import VAT works.', 'Sabe que mercadorias pagam impostos especiais e como funciona o IVA na importação.'],
        ['Calculates excise and import VAT on routine declarations.', 'Calcula impostos especiais e IVA na importação em declarações correntes.'],
        ['Controls excise warehouses and tax stamps and detects evasion.', 'Controla entrepostos fiscais e selos fiscais e deteta fraude.'],
        ['Advises on excise policy and teaches excise control.', 'Aconselha sobre a política de impostos especiais e ensina o seu controlo.'],
      ],
    ),
  ]),
];
