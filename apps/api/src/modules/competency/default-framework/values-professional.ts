import { area, competency } from './types.js';

/** Values and professional (core) competencies: written by us from the WCO professionalism framework's grouping. */
export const VALUES_PROFESSIONAL_AREAS = [
  area('integrity', 'values', ['Integrity and ethics', 'Integridade e ética'], [
    competency(
      'integrity',
      ['Integrity', 'Integridade'],
      ['Acts honestly and impartially, follows the code of conduct and resists and reports corruption.', 'Atua com honestidade e imparcialidade, cumpre o código de conduta e resiste e denuncia a corrupção.'],
      [
        ['Knows the code of conduct and the duty to declare gifts and conflicts of interest.', 'Conhece o código de conduta e o dever de declarar ofertas e conflitos de interesses.'],
        ['Applies the code in daily work and declares gifts and conflicts of interest.', 'Aplica o código no trabalho diário e declara ofertas e conflitos de interesses.'],
        ['Recognises integrity risks in a post or procedure and reports them through the right channel.', 'Reconhece riscos de integridade num posto ou procedimento e comunica-os pelo canal próprio.'],
        ['Designs integrity measures for a unit and teaches the code of conduct to others.', 'Concebe medidas de integridade para uma unidade e ensina o código de conduta a outros.'],
      ],
    ),
    competency(
      'service-orientation',
      ['Service to traders and the public', 'Serviço aos operadores e ao público'],
      ['Treats traders and travellers courteously, explains decisions and answers requests on time.', 'Trata operadores e viajantes com cortesia, explica as decisões e responde aos pedidos a tempo.'],
      [
        ['Knows the service standards and where traders can find information.', 'Conhece os padrões de serviço e onde os operadores encontram informação.'],
        ['Answers routine enquiries correctly and politely.', 'Responde corretamente e com cortesia a pedidos de rotina.'],
        ['Handles complaints and difficult cases, explaining the legal basis of a decision.', 'Trata reclamações e casos difíceis, explicando a base legal de uma decisão.'],
        ['Improves service procedures of a unit and coaches colleagues in client service.', 'Melhora os procedimentos de atendimento de uma unidade e orienta colegas no atendimento.'],
      ],
    ),
    competency(
      'teamwork',
      ['Teamwork and communication', 'Trabalho em equipa e comunicação'],
      ['Works with colleagues and other agencies, shares information and writes clear reports.', 'Trabalha com colegas e outras entidades, partilha informação e redige relatórios claros.'],
      [
        ['Shares relevant information with the team when asked.', 'Partilha informação relevante com a equipa quando lhe é pedida.'],
        ['Writes clear routine reports and cooperates across shifts.', 'Redige relatórios de rotina claros e coopera entre turnos.'],
        ['Leads joint work with other units and presents findings orally and in writing.', 'Conduz trabalho conjunto com outras unidades e apresenta conclusões oralmente e por escrito.'],
        ['Builds cooperation between services and teaches report writing.', 'Cria cooperação entre serviços e ensina a redação de relatórios.'],
      ],
    ),
    competency(
      'respect-diversity',
      ['Respect, gender and diversity', 'Respeito, género e diversidade'],
      ['Treats everyone with respect and applies equal opportunity rules at work.', 'Trata todos com respeito e aplica as regras de igualdade de oportunidades no trabalho.'],
      [
        ['Knows the rules against discrimination and harassment.', 'Conhece as regras contra a discriminação e o assédio.'],
        ['Behaves respectfully with colleagues and the public of any background.', 'Comporta-se com respeito perante colegas e público de qualquer origem.'],
        ['Recognises unequal treatment in procedures and raises it.', 'Reconhece tratamento desigual nos procedimentos e assinala-o.'],
        ['Promotes gender balance and inclusion in a unit and trains others on it.', 'Promove o equilíbrio de género e a inclusão numa unidade e forma outros nesse tema.'],
      ],
    ),
  ]),
  area('legal-framework', 'professional', ['Legal and institutional framework', 'Quadro legal e institucional'], [
    competency(
      'customs-role',
      ['Role of customs in government', 'Papel das alfândegas no Estado'],
      ['Understands the missions of customs: revenue, protection of society, facilitation and statistics.', 'Compreende as missões das alfândegas: receita, proteção da sociedade, facilitação e estatística.'],
      [
        ['Names the main missions of customs and the organisation of the administration.', 'Nomeia as principais missões das alfândegas e a organização da administração.'],
        ['Explains how own work contributes to revenue, protection and facilitation.', 'Explica como o próprio trabalho contribui para a receita, a proteção e a facilitação.'],
        ['Relates unit objectives to national policy and to the work of other agencies.', 'Relaciona os objetivos da unidade com a política nacional e o trabalho de outras entidades.'],
        ['Explains the customs business model to partners and newcomers and teaches it.', 'Explica o modelo de atuação das alfândegas a parceiros e recém-chegados e ensina-o.'],
      ],
    ),
    competency(
      'customs-legislation',
      ['Customs legislation', 'Legislação aduaneira'],
      ['Finds and applies the customs code, its regulations and the international conventions behind them.', 'Encontra e aplica o código aduaneiro, os seus regulamentos e as convenções internacionais que os fundamentam.'],
      [
        ['Knows the structure of the customs code and where to find the texts.', 'Conhece a estrutura do código aduaneiro e onde encontrar os textos.'],
        ['Applies the provisions that govern own routine tasks.', 'Aplica as disposições que regem as suas tarefas de rotina.'],
        ['Interprets provisions in unclear cases and drafts reasoned decisions.', 'Interpreta disposições em casos duvidosos e redige decisões fundamentadas.'],
        ['Drafts amendments, gives legal opinions and teaches the customs code.', 'Elabora alterações, emite pareceres jurídicos e ensina o código aduaneiro.'],
      ],
    ),
    competency(
      'appeals-disputes',
      ['Appeals and dispute settlement', 'Recursos e resolução de litígios'],
      ['Handles administrative reviews and appeals fairly and within the legal time limits.', 'Trata reclamações administrativas e recursos com equidade e dentro dos prazos legais.'],
      [
        ['Knows that a trader may appeal and informs them of that right.', 'Sabe que o operador pode recorrer e informa-o desse direito.'],
        ['Prepares the case file for a review with the facts and documents.', 'Prepara o processo para reapreciação com os factos e documentos.'],
        ['Decides reviews and drafts reasoned replies to appeals.', 'Decide reclamações e redige respostas fundamentadas a recursos.'],
        ['Represents customs before the appeal body or court and trains case handlers.', 'Representa as alfândegas perante a instância de recurso ou o tribunal e forma os instrutores.'],
      ],
    ),
  ]),
  area('languages-it-literacy', 'professional', ['Languages and IT literacy', 'Línguas e literacia informática'], [
    competency(
      'working-languages',
      ['Official and working languages', 'Línguas oficiais e de trabalho'],
      ['Reads and writes the official and working languages needed for customs documents and contacts.', 'Lê e escreve as línguas oficiais e de trabalho necessárias para documentos e contactos aduaneiros.'],
      [
        ['Understands simple customs documents in the working languages.', 'Compreende documentos aduaneiros simples nas línguas de trabalho.'],
        ['Reads commercial documents and writes routine messages.', 'Lê documentos comerciais e redige mensagens de rotina.'],
        ['Writes official letters and takes part in meetings with foreign partners.', 'Redige ofícios e participa em reuniões com parceiros estrangeiros.'],
        ['Translates legal and technical texts and interprets in negotiations.', 'Traduz textos jurídicos e técnicos e interpreta em negociações.'],
      ],
    ),
    competency(
      'digital-literacy',
      ['Digital literacy', 'Literacia digital'],
      ['Uses office software, e-mail and shared files safely and efficiently.', 'Utiliza software de escritório, correio eletrónico e ficheiros partilhados com segurança e eficiência.'],
      [
        ['Uses a computer, e-mail and a word processor for simple tasks.', 'Usa o computador, o correio eletrónico e um processador de texto para tarefas simples.'],
        ['Prepares documents and spreadsheets and follows password and data rules.', 'Prepara documentos e folhas de cálculo e cumpre as regras de palavras-passe e dados.'],
        ['Builds spreadsheets with formulas and charts and spots phishing attempts.', 'Cria folhas de cálculo com fórmulas e gráficos e deteta tentativas de phishing.'],
        ['Supports colleagues, automates routine work and teaches digital skills.', 'Apoia colegas, automatiza trabalho de rotina e ensina competências digitais.'],
      ],
    ),
    competency(
      'data-analysis',
      ['Data analysis', 'Análise de dados'],
      ['Extracts, cleans and analyses trade and enforcement data to support decisions.', 'Extrai, limpa e analisa dados comerciais e de fiscalização para apoiar decisões.'],
      [
        ['Reads tables and charts of trade statistics.', 'Lê tabelas e gráficos de estatísticas comerciais.'],
        ['Extracts data from the customs system and summarises it in a spreadsheet.', 'Extrai dados do sistema aduaneiro e resume-os numa folha de cálculo.'],
        ['Analyses trends and outliers and presents findings for decisions.', 'Analisa tendências e valores anómalos e apresenta conclusões para decisão.'],
        ['Designs analytical methods and dashboards and teaches data analysis.', 'Concebe métodos analíticos e painéis e ensina análise de dados.'],
      ],
    ),
  ]),
  area('instructional-skills', 'professional', ['Instructional skills', 'Competências pedagógicas'], [
    competency(
      'train-the-trainer',
      ['Delivering training', 'Ministrar formação'],
      ['Prepares and delivers training sessions that help adults learn and apply customs skills.', 'Prepara e ministra sessões de formação que ajudam adultos a aprender e aplicar competências aduaneiras.'],
      [
        ['Knows the basics of adult learning and the parts of a lesson plan.', 'Conhece as bases da aprendizagem de adultos e as partes de um plano de sessão.'],
        ['Co-delivers a prepared session with an experienced trainer.', 'Coanima uma sessão preparada com um formador experiente.'],
        ['Plans and delivers whole courses alone, using varied methods and checking learning.', 'Planeia e ministra cursos completos sozinho, com métodos variados e verificando a aprendizagem.'],
        ['Trains and certifies new trainers and reviews their sessions.', 'Forma e certifica novos formadores e avalia as suas sessões.'],
      ],
    ),
    competency(
      'coaching-mentoring',
      ['On-the-job coaching and mentoring', 'Orientação e tutoria no posto de trabalho'],
      ['Guides newer colleagues at the workplace and gives feedback that improves their work.', 'Orienta colegas mais recentes no local de trabalho e dá feedback que melhora o seu trabalho.'],
      [
        ['Explains own tasks to a newcomer when asked.', 'Explica as suas tarefas a um recém-chegado quando lhe é pedido.'],
        ['Shows a colleague a procedure step by step and checks the result.', 'Mostra um procedimento passo a passo a um colega e verifica o resultado.'],
        ['Mentors officers over several months with agreed goals and feedback.', 'Acompanha funcionários durante vários meses com objetivos acordados e feedback.'],
        ['Sets up a mentoring programme and trains mentors.', 'Cria um programa de tutoria e forma tutores.'],
      ],
    ),
    competency(
      'learning-design',
      ['Learning design and evaluation', 'Conceção e avaliação da formação'],
      ['Designs courses and e-learning from learning outcomes and evaluates their effect.', 'Concebe cursos e e-learning a partir de resultados de aprendizagem e avalia o seu efeito.'],
      [
        ['Knows what a learning outcome and a training evaluation are.', 'Sabe o que são um resultado de aprendizagem e uma avaliação da formação.'],
        ['Writes learning outcomes and a simple test for a session.', 'Redige resultados de aprendizagem e um teste simples para uma sessão.'],
        ['Designs a course or e-learning module and evaluates reaction and learning.', 'Concebe um curso ou módulo de e-learning e avalia a reação e a aprendizagem.'],
        ['Leads curriculum design and evaluation of behaviour and results, and teaches it.', 'Dirige a conceção curricular e a avaliação do comportamento e dos resultados, e ensina-a.'],
      ],
    ),
  ]),
];
