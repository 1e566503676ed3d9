/**
 * Brazilian Portuguese for every text a report carries, keyed exactly like the English catalogs
 * (../report/catalog.ts, ../lighthouse/registry.ts), with the same `{…}` placeholders. The
 * accessibility summaries follow axe-core's pt_BR locale where it has one.
 */
import type {
  AUDIT_SEVERITY,
  AUDIT_TEXT,
  COOKIE_ISSUES,
  CSP_EVALUATOR_TEXT,
  EVIDENCE_TEXT,
  FINDING_TEXT,
  FindingText,
  HEADER_TEXT,
  MESSAGES,
  SCORE_BASIS,
  WARNINGS,
} from "../report/catalog.ts";

export const MESSAGES_PT: Record<keyof typeof MESSAGES, string> = {
  manualReview: "(O Lighthouse lista isto para revisão manual; não afeta a pontuação.)",
  defaultFix: "Corrija os elementos listados.",
  improvable: "Pode melhorar: {audit}",
  withDetail: "{explanation} ({detail}.)",
};

export const SCORE_BASIS_PT: Record<keyof typeof SCORE_BASIS, string> = {
  lighthouse:
    "Ponderação do Lighthouse sobre {decided, plural, one {# auditoria aplicável que pode ser decidida} other {# auditorias aplicáveis que podem ser decididas}} sem navegador",
  lighthouseWithBrowserOnly:
    "Ponderação do Lighthouse sobre {decided, plural, one {# auditoria aplicável que pode ser decidida} other {# auditorias aplicáveis que podem ser decididas}} sem navegador ({browserOnly, plural, one {# auditoria que exige navegador não incluída} other {# auditorias que exigem navegador não incluídas}})",
  none: "Nenhuma auditoria aplicável",
  accessibilityNotRun: "As auditorias de acessibilidade não foram executadas",
  performance:
    "Estimativa a partir de sinais obtidos sem navegador (tempo de resposta do servidor, compressão, recursos que bloqueiam a renderização, tamanho do DOM e do HTML, imagens, versão do HTTP) — não são as métricas de laboratório do Lighthouse",
  security:
    "Ponderação do Arco para HTTPS, conteúdo misto, cabeçalhos de segurança (HSTS, CSP, enquadramento, nosniff, referrer, COOP) e flags de cookies",
};

export const WARNINGS_PT: Record<keyof typeof WARNINGS, string> = {
  truncated:
    "A marcação tem mais de {depth} níveis de aninhamento (os navegadores renderizam 512): só os primeiros {chars} caracteres foram analisados.",
  accessibilityFailed:
    "Desta vez não foi possível verificar a acessibilidade desta página (páginas muito grandes podem exceder o tempo ou a memória permitidos), por isso ela não tem pontuação. Tente novamente mais tarde.",
};

export const COOKIE_ISSUES_PT: Record<keyof typeof COOKIE_ISSUES, string> = {
  sameSiteNoneInsecure: "SameSite=None sem Secure: os navegadores rejeitam este cookie.",
  notSecure: "Sem Secure: o cookie pode trafegar por HTTP sem criptografia.",
  notHttpOnly: "Sem HttpOnly: scripts da página (e scripts injetados) conseguem lê-lo.",
  noSameSite:
    "Sem o atributo SameSite: os navegadores usam Lax por padrão; defina-o explicitamente.",
  prefixNotSecure: "Um cookie com prefixo __Secure-/__Host- precisa ser Secure.",
};

export const AUDIT_TEXT_PT: Record<keyof typeof AUDIT_TEXT, string> = {
  noTitle: "O documento não tem um elemento <title>.",
  emptyTitle: "O elemento <title> está vazio.",
  noMetaDescription: "Nenhuma meta description encontrada no head do documento.",
  emptyMetaDescription: "A meta description está vazia.",
  httpStatus: "A página retornou HTTP {status}.",
  robotsNotFetched: "O robots.txt não foi buscado.",
  robotsServerError: "A requisição do robots.txt retornou o status HTTP {status}.",
  robotsFetchFailed: "Falha ao buscar o robots.txt.",
  robotsFetchError: "Falha ao buscar o robots.txt: {error}.",
  canonicalInvalid: "Endereço inválido ({url})",
  canonicalRelative: "Não é um endereço absoluto ({url})",
  canonicalConflict: "Vários endereços conflitantes ({urls})",
  canonicalHreflang: "Aponta para outro local de hreflang ({url})",
  canonicalRoot:
    "Aponta para o endereço raiz do domínio (a página inicial) em vez de uma página de conteúdo equivalente",
  noHttpsRedirect: "O endereço HTTP não redireciona para HTTPS.",
  noCsp: "Nenhum CSP encontrado no modo de aplicação",
  metaCsp:
    "A página contém um CSP definido em uma tag <meta>. Considere movê-lo para um cabeçalho HTTP.",
  noTrustedTypes:
    "Nenhum cabeçalho `Content-Security-Policy` com a diretiva de Trusted Types encontrado",
  noHsts: "Nenhum cabeçalho HSTS encontrado",
  noMaxAge: "Sem a diretiva `max-age`",
  noIncludeSubDomains: "Diretiva `includeSubDomains` não encontrada",
  noPreload: "Diretiva `preload` não encontrada",
  lowMaxAge: "O `max-age` é baixo demais",
  invalidSyntax: "Sintaxe inválida",
  noCoop: "Nenhum cabeçalho COOP encontrado",
  noFrameProtection: "Nenhum XFO ou frame-ancestors do CSP encontrado",
  noDoctype: "O documento precisa conter um doctype",
  limitedQuirks: "O documento contém um `doctype` que aciona o `limited-quirks-mode`",
  publicId: "O publicId deveria ser uma string vazia",
  systemId: "O systemId deveria ser uma string vazia",
  doctypeName: "O nome do doctype precisa ser a string `html`",
  quirks: "O documento contém um `doctype` que aciona o `quirks-mode`",
  noCharset:
    "Sem charset no cabeçalho Content-Type, sem marca de ordem de bytes e sem <meta charset> nos primeiros 1024 caracteres.",
  axeError: "Erro do axe-core: {error}",
};

export const CSP_EVALUATOR_TEXT_PT: Record<keyof typeof CSP_EVALUATOR_TEXT, string> = {
  missingScriptSrc: "A diretiva script-src está ausente.",
  missingObjectSrc:
    "Sem object-src, é possível injetar plugins que executam JavaScript. Você pode defini-lo como 'none'?",
  missingBaseUri:
    "Sem base-uri, é possível injetar tags base, que podem definir o endereço base de todos os endereços relativos (de scripts) para um domínio controlado por um atacante. Você pode defini-lo como 'none' ou 'self'?",
  hostAllowlist:
    "Listas de hosts permitidos costumam ser contornáveis. Considere usar 'strict-dynamic' junto com nonces ou hashes de CSP.",
  strictDynamicAlone: "'strict-dynamic' sem um nonce/hash de CSP bloqueia todos os scripts.",
  unsafeInline:
    "'unsafe-inline' permite a execução de scripts inseguros na própria página e de manipuladores de eventos.",
  unsafeHashes:
    "'unsafe-hashes', embora mais seguro que 'unsafe-inline', permite a execução de scripts inseguros na própria página e de manipuladores de eventos, desde que os hashes deles estejam no CSP. Se possível, reescreva-os para não usar scripts inline.",
  plainWildcard: "{directive} não deve permitir '*' como origem",
  plainUrlScheme: "O esquema {value} em {directive} permite a execução de scripts inseguros.",
  unsafeInlineFallback:
    "Considere adicionar 'unsafe-inline' (ignorado pelos navegadores que aceitam nonces/hashes) para manter a compatibilidade com navegadores antigos.",
  allowlistFallback:
    "Considere adicionar os esquemas https: e http: (ignorados pelos navegadores que aceitam 'strict-dynamic') para manter a compatibilidade com navegadores antigos.",
  nonceLength: "Os nonces devem ter pelo menos 8 caracteres.",
  nonceCharset: "Os nonces devem usar apenas caracteres base64.",
  directiveColon: "As diretivas de CSP não terminam com dois-pontos.",
  unknownDirective: 'A diretiva "{directive}" não é uma diretiva de CSP conhecida.',
  reflectedXss:
    "reflected-xss está obsoleto desde o CSP2. Use o cabeçalho X-XSS-Protection no lugar.",
  referrer: "referrer está obsoleto desde o CSP2. Use o cabeçalho Referrer-Policy no lugar.",
  disownOpener:
    "disown-opener está obsoleto desde o CSP3. Use o cabeçalho Cross-Origin-Opener-Policy no lugar.",
  prefetchSrc:
    "prefetch-src está obsoleto desde o CSP3. Saiba que esse recurso pode deixar de funcionar a qualquer momento.",
  missingSemicolon:
    'Você esqueceu o ponto e vírgula? "{value}" parece ser uma diretiva, não um valor.',
  singleTicks: 'Você esqueceu de colocar "{value}" entre aspas simples?',
  invalidKeyword: "{value} parece ser uma palavra-chave de CSP inválida.",
};

export const AUDIT_SEVERITY_PT: Record<keyof typeof AUDIT_SEVERITY, string> = {
  high: "Alta",
  medium: "Média",
  low: "Baixa",
  syntax: "Sintaxe",
};

export const EVIDENCE_TEXT_PT: Record<keyof typeof EVIDENCE_TEXT, string> = {
  missing: "ausente",
  parseError: "erro de análise",
  blocked: "bloqueado",
  upgraded: "atualizado para HTTPS",
  elements: "elementos",
  decodedSize: "tamanho descompactado",
  protocol: "protocolo",
  httpStatus: "status HTTP",
  document: "documento",
  finalUrl: "endereço final",
  robotsLine: "robots.txt, linha {line}",
  robotsError: "linha {line}: {message}",
  robotsSyntax: "Sintaxe não compreendida",
  robotsUnknownDirective: "Diretiva desconhecida",
  robotsInvalidSitemap: "Endereço de sitemap inválido",
  robotsSitemapProtocol: "Protocolo inválido no endereço do sitemap",
  robotsNoUserAgent: "Nenhum user-agent especificado",
  robotsPattern: 'O padrão deve estar vazio ou começar com "/" ou "*"',
  robotsDollar: 'O "$" só deve ser usado no fim do padrão',
  unexpectedLanguage: "Código de idioma inesperado",
  relativeHref: "Valor de href relativo",
  none: "(nenhum)",
  notSet: "(não definido)",
  invalidJson: "JSON inválido",
  bytes: "{bytes} bytes",
  noTitleElement: "Sem elemento <title>",
  emptyTitle: "<title> vazio",
  fetchFailed: "Falha na busca",
};

export const HEADER_TEXT_PT: Record<keyof typeof HEADER_TEXT, string> = {
  hstsNotApplicable: "Só vale por HTTPS; sirva o site por HTTPS primeiro.",
  hstsMissing:
    "Sem HSTS, a primeira requisição de um visitante pode ser rebaixada para HTTP sem criptografia e interceptada.",
  hstsGood: "Os navegadores só usarão HTTPS para este site por pelo menos um ano.",
  hstsWeak:
    "O max-age é menor que um ano (31536000 s), curto demais para proteger quem volta ao site.",
  cspGood:
    "A política restringe de onde os scripts podem vir, o que reduz o risco de cross-site scripting.",
  cspWeak:
    "Há uma política, mas ela pode ser contornada (por exemplo, 'unsafe-inline' ou listas de hosts permitidos sem nonces).",
  cspMissing:
    "Sem política: qualquer script injetado é executado com todos os privilégios da página.",
  framingGood:
    "Outros sites não conseguem incorporar esta página em um frame, o que impede o clickjacking.",
  framingBad:
    "Qualquer site pode enquadrar esta página e induzir os visitantes a clicar nos botões dela (clickjacking).",
  nosniffGood:
    "Os navegadores não tentam adivinhar tipos de conteúdo, então arquivos enviados não podem ser executados como scripts.",
  nosniffBad:
    "Defina como `nosniff` para que os navegadores nunca executem um arquivo como script ou estilo se ele não foi servido como tal.",
  referrerWeak: "Os endereços completos (com caminhos e query strings) vazam para outros sites.",
  referrerGood: "Limita o que o endereço da página revela a outros sites.",
  referrerMissing:
    "Não definido: os navegadores usam strict-origin-when-cross-origin por padrão, o que é razoável; defina-o explicitamente para ter certeza.",
  permissionsGood:
    "Restringe recursos poderosos do navegador (câmera, geolocalização, …) nesta página e nos frames dela.",
  permissionsMissing:
    "Opcional: permite desligar recursos do navegador que o site nunca usa, limitando o que um código injetado pode fazer.",
  coopGood: "As páginas que este site abre (ou que o abrem) não conseguem acessar a janela dele.",
  coopBad:
    "Sem COOP, janelas de outras origens compartilham um grupo de contexto de navegação com esta página (XS-Leaks, ataques no estilo Spectre).",
  xssProtection:
    "Obsoleto: os navegadores modernos o ignoram e os antigos podiam ser explorados por meio dele. Remova-o ou defina-o como 0 e confie no CSP.",
};

export const FINDING_TEXT_PT: Record<keyof typeof FINDING_TEXT, FindingText> = {
  "performance/slow-server-response": {
    title: "Resposta lenta do servidor ({ms} ms até o primeiro byte)",
    explanation:
      "Nada pode ser renderizado antes de chegar o primeiro byte do HTML. Acima de 800 ms é lento; a recomendação do Google é ficar abaixo de 800 ms.",
    fix: "Coloque as páginas renderizadas em cache (CDN ou cache no servidor), acelere as consultas ao banco de dados e evite redirecionamentos antes da página.",
  },
  "performance/no-text-compression": {
    title: "O HTML é enviado sem compressão",
    explanation:
      "Os {kb} KB de HTML da página trafegam sem gzip nem Brotli, que normalmente reduzem o HTML em 70–80%.",
    fix: "Ative a compressão Brotli ou gzip para respostas de texto no servidor ou na CDN.",
  },
  "performance/render-blocking-resources": {
    title:
      "{count, plural, one {# recurso bloqueia} other {# recursos bloqueiam}} a renderização no <head>",
    explanation:
      "Scripts e folhas de estilo síncronos no <head> precisam ser baixados antes que qualquer coisa seja exibida.",
    fix: "Adicione `defer` (ou `async`) aos scripts, coloque o CSS crítico inline e carregue o restante sem bloquear (media queries, preload).",
  },
  "performance/large-dom": {
    title: "DOM grande ({elements} elementos)",
    explanation:
      "Um DOM grande consome memória e deixa o cálculo de estilos e o layout mais lentos a cada interação.",
    fix: "Pagine ou renderize sob demanda as listas longas e remova elementos de contêiner desnecessários.",
  },
  "performance/large-html": {
    title: "Documento HTML pesado ({kb} KB)",
    explanation:
      "Documentos grandes demoram mais para baixar e processar, principalmente em redes móveis.",
    fix: "Mova scripts, estilos e dados inline grandes (JSON, SVG) para arquivos que possam ficar em cache e enxugue a marcação.",
  },
  "performance/unsized-images": {
    title: "{count, plural, one {# imagem} other {# imagens}} sem largura e altura",
    explanation:
      "Sem dimensões explícitas o navegador não consegue reservar espaço, então o conteúdo pula quando as imagens carregam (mudança de layout, CLS).",
    fix: "Adicione os atributos width e height (o tamanho intrínseco; o CSS ainda pode redimensioná-las) ou um aspect-ratio no CSS.",
  },
  "performance/legacy-image-formats": {
    title: "{count, plural, one {# imagem} other {# imagens}} em JPEG/PNG/GIF",
    explanation: "WebP e AVIF costumam ser 25–50% menores que JPEG ou PNG com a mesma qualidade.",
    fix: "Sirva WebP ou AVIF (com <picture> e um formato alternativo, ou pelo formato automático da sua CDN de imagens).",
  },
  "performance/http1": {
    title: "Servida por HTTP/1.1",
    explanation:
      "HTTP/2 e HTTP/3 carregam muitos recursos por uma única conexão; o HTTP/1.1 os coloca em fila.",
    fix: "Ative HTTP/2 (e HTTP/3) no servidor ou coloque uma CDN na frente.",
  },
  "performance/no-cache-policy": {
    title: "A página não tem cabeçalhos de cache",
    explanation:
      "Sem Cache-Control, ETag ou Last-Modified, navegadores e CDNs precisam adivinhar por quanto tempo a página pode ser reutilizada e não conseguem revalidá-la de forma barata.",
    fix: "Envie `Cache-Control` (por exemplo, `no-cache` com um ETag para HTML que muda, ou um `max-age` curto).",
  },
  "performance/many-third-parties": {
    title: "{count} hosts de terceiros",
    explanation:
      "Cada origem extra custa uma consulta DNS e uma conexão, e o código de terceiros disputa a thread principal com o seu.",
    fix: "Remova tags e widgets que não são usados, hospede você mesmo os recursos críticos e use `preconnect` para as poucas origens que mantiver.",
  },
  "seo/open-graph-incomplete": {
    title: "Tags Open Graph incompletas",
    explanation:
      "Facebook, LinkedIn, Slack e mensageiros montam as prévias de links a partir das tags Open Graph; sem elas, os compartilhamentos mostram só o link ou uma imagem aleatória.",
    fix: "Adicione {tags} no <head>.",
  },
  "seo/twitter-card-missing": {
    title: "Sem card do Twitter/X",
    explanation:
      "Sem `twitter:card`, as postagens com link para a página mostram, no máximo, uma prévia pequena.",
    fix: 'Adicione <meta name="twitter:card" content="summary_large_image"> (título, descrição e imagem usam o Open Graph quando ausentes).',
  },
  "seo/json-ld-invalid": {
    title: "Os dados estruturados (JSON-LD) não são JSON válido",
    explanation:
      "Os mecanismos de busca ignoram um bloco JSON-LD que não é JSON válido, e a página perde os resultados avançados.",
    fix: "Corrija a sintaxe do JSON (vírgulas sobrando, aspas sem escape) e verifique o bloco com o Teste de pesquisa aprimorada do Google.",
  },
  "seo/no-structured-data": {
    title: "Sem dados estruturados",
    explanation:
      "Dados estruturados JSON-LD (Organization, Product, Article, …) tornam a página elegível para resultados avançados.",
    fix: 'Adicione um <script type="application/ld+json"> que descreva a página com tipos do schema.org.',
  },
  "seo/no-sitemap-in-robots": {
    title: "O robots.txt não aponta para um sitemap",
    explanation:
      "Uma linha `Sitemap:` no robots.txt permite que todos os mecanismos de busca descubram todas as suas páginas, não só as que têm link na página inicial.",
    fix: "Adicione `Sitemap: https://seu-site/sitemap.xml` ao robots.txt.",
  },
  "security/mixed-content": {
    title: "Conteúdo misto: recursos HTTP em uma página HTTPS",
    explanation:
      "{blocked, select, yes {Os navegadores bloqueiam de vez esses scripts, estilos ou frames, e partes da página quebram; os que carregam podem ser adulterados no caminho.} other {Os navegadores atualizam ou sinalizam essas imagens e mídias, e o cadeado pode sumir.}}",
    fix: "Troque os endereços http:// listados por https:// (ou por endereços relativos).",
  },
  "security/x-content-type-options": {
    title:
      "{status, select, missing {X-Content-Type-Options não está definido} other {X-Content-Type-Options está fraco}}",
    explanation: HEADER_TEXT_PT.nosniffBad,
    fix: "Envie `X-Content-Type-Options: nosniff` em todas as respostas.",
  },
  "security/referrer-policy": {
    title: "Referrer-Policy está fraco",
    explanation: HEADER_TEXT_PT.referrerWeak,
    fix: "Envie `Referrer-Policy: strict-origin-when-cross-origin` (ou algo mais restritivo).",
  },
  "security/x-xss-protection": {
    title: "X-XSS-Protection está fraco",
    explanation: HEADER_TEXT_PT.xssProtection,
    fix: "Remova o cabeçalho ou defina-o como `0`.",
  },
  "security/cookie-samesite-none-insecure": {
    title: "Cookies com SameSite=None, mas sem Secure",
    explanation: COOKIE_ISSUES_PT.sameSiteNoneInsecure,
    fix: "Adicione `Secure` a todo cookie `SameSite=None`.",
  },
  "security/cookie-not-secure": {
    title: "Cookies sem a flag Secure",
    explanation: COOKIE_ISSUES_PT.notSecure,
    fix: "Adicione `Secure` para que o cookie só seja enviado por HTTPS.",
  },
  "security/cookie-not-httponly": {
    title: "Cookies legíveis por JavaScript (sem HttpOnly)",
    explanation: COOKIE_ISSUES_PT.notHttpOnly,
    fix: "Adicione `HttpOnly` aos cookies de sessão e de autenticação de que os scripts não precisam.",
  },
  "security/cookie-no-samesite": {
    title: "Cookies sem SameSite explícito",
    explanation: COOKIE_ISSUES_PT.noSameSite,
    fix: "Defina `SameSite=Lax` (ou `Strict`) explicitamente.",
  },
};

/** The Lighthouse-equivalent findings, keyed like `LIGHTHOUSE_TEXT`. */
export const LIGHTHOUSE_TEXT_PT: Record<string, FindingText> = {
  "is-crawlable": {
    title: "Os mecanismos de busca estão impedidos de indexar esta página",
    explanation:
      "Todos os principais rastreadores são instruídos a não indexar a página (uma meta tag robots, um cabeçalho X-Robots-Tag ou o robots.txt). Ela não aparecerá nos resultados de busca.",
    fix: "Remova `noindex`/`none` da meta tag robots e do cabeçalho X-Robots-Tag e garanta que o robots.txt não tenha `Disallow` para este caminho — a menos que esconder a página seja intencional.",
  },
  "document-title": {
    title: "A página não tem título",
    explanation:
      "O <title> é a manchete que os mecanismos de busca mostram e o nome da aba do navegador; é a primeira coisa que usuários de leitores de tela ouvem. Sem ele, a página parece quebrada nos resultados.",
    fix: "Adicione um <title> único e descritivo (cerca de 50–60 caracteres) dentro do <head>.",
  },
  "meta-description": {
    title: "Sem meta description",
    explanation:
      "Os mecanismos de busca costumam usar a meta description como o trecho abaixo do seu link. Sem ela, escolhem um texto qualquer da página, que normalmente converte pior.",
    fix: 'Adicione <meta name="description" content="…"> no <head>: um resumo desta página com 120–160 caracteres.',
  },
  "http-status-code": {
    title: "A página retorna um erro HTTP",
    explanation:
      "Páginas que respondem com status 4xx ou 5xx são removidas dos resultados de busca e quebram os links que apontam para elas.",
    fix: "Sirva a página com status 200 ou redirecione-a (301) para o novo endereço.",
  },
  "link-text": {
    title: "Links usam texto genérico como “clique aqui”",
    explanation:
      "O texto do link diz aos mecanismos de busca e a usuários de leitores de tela para onde o link leva. “Leia mais” ou “aqui” não diz nada fora de contexto.",
    fix: "Reescreva os links listados para que o texto nomeie o destino (por exemplo, “Preços para equipes” em vez de “clique aqui”).",
  },
  "crawlable-anchors": {
    title: "Alguns links não podem ser seguidos pelos rastreadores",
    explanation:
      "Os rastreadores só seguem endereços reais no href. Links com `javascript:void(0)`, href vazio ou inválido, ou com manipuladores de clique no lugar de um href escondem páginas dos mecanismos de busca.",
    fix: "Dê a cada link listado um href com um endereço real; use um <button> para ações que não são navegação.",
  },
  "robots-txt": {
    title: "O robots.txt é inválido",
    explanation:
      "Os rastreadores podem interpretar mal um robots.txt malformado e rastrear o que você queria bloquear, ou pular o que queria permitir. Um erro do servidor no robots.txt pode interromper o rastreamento por completo.",
    fix: "Corrija as linhas listadas (cada uma precisa de uma diretiva conhecida, `User-agent` antes de `Allow`/`Disallow`, caminhos começando com `/`) ou faça o /robots.txt responder 200 ou 404.",
  },
  "image-alt": {
    title: "Imagens sem texto alternativo",
    explanation:
      "Leitores de tela não conseguem descrever uma imagem sem texto alternativo, e os mecanismos de busca não conseguem indexar o que ela mostra.",
    fix: 'Adicione a cada imagem listada um atributo alt que a descreva; use alt="" para imagens puramente decorativas.',
  },
  hreflang: {
    title: "Os links hreflang são inválidos",
    explanation:
      "O hreflang diz aos mecanismos de busca qual versão de idioma mostrar. Um código de idioma desconhecido ou um endereço relativo faz com que ignorem a anotação.",
    fix: "Use códigos válidos (`en`, `pt-BR`, `x-default`) e endereços absolutos (https://…) em todos os links hreflang.",
  },
  canonical: {
    title: "O link canônico está errado",
    explanation:
      "O rel=canonical diz aos mecanismos de busca qual endereço indexar. Um canônico inválido, relativo, conflitante ou apontando para a página inicial pode tirar esta página dos resultados ou mesclá-la com a página errada.",
    fix: 'Aponte um único <link rel="canonical"> para o endereço absoluto desta própria página (ou para o original de que ela é cópia).',
  },
  "is-on-https": {
    title: "Nem tudo é servido por HTTPS",
    explanation:
      "A página ou alguns dos seus recursos carregam por HTTP sem criptografia, que qualquer pessoa na rede pode ler ou modificar. Os navegadores marcam essas páginas como “Não seguro” e podem bloquear o conteúdo misto.",
    fix: "Sirva a página por HTTPS e troque cada endereço de recurso http:// listado por https:// (ou por um endereço relativo).",
  },
  "redirects-http": {
    title: "HTTP não redireciona para HTTPS",
    explanation: "Quem digita o endereço sem https:// continua em uma conexão sem criptografia.",
    fix: "Redirecione toda requisição http:// para o mesmo endereço https:// com um 301 e depois adicione HSTS.",
  },
  "csp-xss": {
    title: "Sem Content-Security-Policy eficaz",
    explanation:
      "Um CSP rigoroso impede que scripts injetados sejam executados; é a principal defesa em profundidade contra cross-site scripting. A página não tem um, ou tem um que pode ser contornado.",
    fix: "Envie um cabeçalho Content-Security-Policy com `script-src` baseado em nonce ou hash (mais `'strict-dynamic'`), `object-src 'none'` e `base-uri 'none'`. Comece no modo report-only.",
  },
  "has-hsts": {
    title: "HSTS ausente ou fraco",
    explanation:
      "O Strict-Transport-Security faz os navegadores recusarem HTTP sem criptografia para o seu site, de modo que as conexões não possam ser rebaixadas e interceptadas.",
    fix: "Envie `Strict-Transport-Security: max-age=63072000; includeSubDomains; preload` por HTTPS.",
  },
  "origin-isolation": {
    title: "Sem Cross-Origin-Opener-Policy",
    explanation:
      "Sem COOP, janelas de outros sites que abrem a sua página (ou são abertas por ela) compartilham o mesmo grupo de contexto de navegação, o que permite vazamentos entre sites.",
    fix: "Envie `Cross-Origin-Opener-Policy: same-origin` (ou `same-origin-allow-popups` se você depende de pop-ups de OAuth ou de pagamento).",
  },
  "clickjacking-mitigation": {
    title: "A página pode ser enquadrada por qualquer site (clickjacking)",
    explanation:
      "Outro site pode carregar esta página em um frame invisível e induzir os visitantes a clicar nos botões dela.",
    fix: "Envie `Content-Security-Policy: frame-ancestors 'self'` (ou `X-Frame-Options: DENY`).",
  },
  "trusted-types-xss": {
    title: "Trusted Types não são exigidos",
    explanation:
      "Com Trusted Types, o navegador rejeita strings passadas a APIs perigosas do DOM (innerHTML, eval), o que elimina o XSS baseado em DOM.",
    fix: "Quando seus scripts forem compatíveis, adicione `require-trusted-types-for 'script'` ao cabeçalho CSP.",
  },
  doctype: {
    title: "Doctype ausente ou antigo (modo quirks)",
    explanation:
      "Sem `<!DOCTYPE html>`, os navegadores renderizam no modo quirks, imitando bugs antigos: layouts e CSS se comportam de forma diferente em cada navegador.",
    fix: "Faça de `<!DOCTYPE html>` a primeiríssima linha do documento.",
  },
  charset: {
    title: "A codificação de caracteres é declarada tarde demais ou não é declarada",
    explanation:
      "Se a codificação não for conhecida logo no início, os navegadores podem adivinhar errado e mostrar texto embaralhado, ou processar a página de novo.",
    fix: 'Adicione `<meta charset="utf-8">` como primeiro elemento do <head> (nos primeiros 1024 bytes) ou `charset=utf-8` no cabeçalho Content-Type.',
  },
};

/**
 * The accessibility rules: axe-core's one-line summary (title) and description (explanation),
 * and the fix, keyed like `A11Y_FIX`.
 */
export const A11Y_TEXT_PT: Record<string, FindingText> = {
  accesskeys: {
    title: "Os valores do atributo accesskey devem ser únicos",
    explanation: "Garante que cada valor do atributo accesskey seja único.",
    fix: "Dê a cada accesskey um valor único ou remova-os.",
  },
  "aria-allowed-attr": {
    title: "Os elementos devem usar apenas atributos ARIA permitidos",
    explanation: "Garante que os atributos ARIA sejam permitidos para a função (role) do elemento.",
    fix: "Remova os atributos ARIA que a função do elemento não aceita.",
  },
  "aria-command-name": {
    title: "Comandos ARIA devem ter um nome acessível",
    explanation: "Garante que cada botão, link e item de menu ARIA tenha um nome acessível.",
    fix: "Dê a cada elemento com função button, link ou menuitem um nome acessível (conteúdo de texto, aria-label ou aria-labelledby).",
  },
  "aria-conditional-attr": {
    title: "Os atributos ARIA devem ser usados como especificado para a função do elemento",
    explanation:
      "Garante que os atributos ARIA sejam usados como descrito na especificação da função do elemento.",
    fix: "Use o atributo ARIA só onde a função permite (por exemplo, aria-checked não é permitido em um checkbox nativo).",
  },
  "aria-deprecated-role": {
    title: "Funções ARIA obsoletas não devem ser usadas",
    explanation: "Garante que os elementos não usem funções (roles) obsoletas.",
    fix: "Substitua a função obsoleta pela equivalente atual.",
  },
  "aria-dialog-name": {
    title: "Diálogos e diálogos de alerta ARIA devem ter um nome acessível",
    explanation: "Garante que cada diálogo e diálogo de alerta ARIA tenha um nome acessível.",
    fix: "Dê nome a cada diálogo com aria-label ou com aria-labelledby apontando para o título dele.",
  },
  "aria-hidden-body": {
    title: 'aria-hidden="true" não deve estar presente no <body> do documento',
    explanation: 'Garante que aria-hidden="true" não esteja presente no <body> do documento.',
    fix: 'Remova aria-hidden="true" do <body>: ele esconde a página inteira das tecnologias assistivas.',
  },
  "aria-hidden-focus": {
    title: "Elementos ocultos por ARIA não devem ser focáveis nem conter elementos focáveis",
    explanation:
      "Garante que elementos com aria-hidden não sejam focáveis nem contenham elementos focáveis.",
    fix: 'Torne o conteúdo dentro de elementos aria-hidden não focável (tabindex="-1", disabled ou inert) ou deixe de escondê-lo.',
  },
  "aria-input-field-name": {
    title: "Campos de entrada ARIA devem ter um nome acessível",
    explanation: "Garante que cada campo de entrada ARIA tenha um nome acessível.",
    fix: "Rotule cada campo de entrada ARIA com aria-label ou aria-labelledby.",
  },
  "aria-meter-name": {
    title: "Medidores ARIA devem ter um nome acessível",
    explanation: "Garante que cada elemento com função meter tenha um nome acessível.",
    fix: "Dê nome a cada medidor com aria-label ou aria-labelledby.",
  },
  "aria-progressbar-name": {
    title: "Barras de progresso ARIA devem ter um nome acessível",
    explanation: "Garante que cada barra de progresso ARIA tenha um nome acessível.",
    fix: "Dê nome a cada barra de progresso com aria-label ou aria-labelledby.",
  },
  "aria-prohibited-attr": {
    title: "Os elementos devem usar apenas atributos ARIA permitidos",
    explanation: "Garante que os atributos ARIA não sejam proibidos para a função do elemento.",
    fix: "Remova aria-label/aria-labelledby de elementos cuja função não pode receber nome, ou dê a eles uma função que possa.",
  },
  "aria-required-attr": {
    title: "Os atributos ARIA obrigatórios devem ser fornecidos",
    explanation:
      "Garante que elementos com funções ARIA tenham todos os atributos ARIA obrigatórios.",
    fix: "Adicione os atributos ARIA que a função exige (por exemplo, aria-checked para role=checkbox).",
  },
  "aria-required-children": {
    title: "Algumas funções ARIA devem conter filhos específicos",
    explanation: "Garante que elementos com uma função ARIA que exige funções filhas as contenham.",
    fix: "Dê à função os filhos de que ela precisa (por exemplo, role=list precisa de filhos role=listitem).",
  },
  "aria-required-parent": {
    title: "Algumas funções ARIA devem estar contidas em pais específicos",
    explanation:
      "Garante que elementos com uma função ARIA que exige uma função pai estejam contidos nela.",
    fix: "Coloque o elemento dentro da função pai que ele exige (por exemplo, listitem dentro de list).",
  },
  "aria-roles": {
    title: "As funções ARIA usadas devem ter valores válidos",
    explanation: "Garante que todos os elementos com atributo role usem um valor válido.",
    fix: "Use apenas valores válidos de função ARIA; corrija erros de digitação.",
  },
  "aria-text": {
    title: '"role=text" não deve ter descendentes focáveis',
    explanation: 'Garante que "role=text" seja usado em elementos sem descendentes focáveis.',
    fix: "Remova os elementos focáveis de dentro de role=text.",
  },
  "aria-toggle-field-name": {
    title: "Campos de alternância ARIA devem ter um nome acessível",
    explanation: "Garante que cada campo de alternância ARIA tenha um nome acessível.",
    fix: "Dê nome a cada campo de alternância (funções checkbox, switch, radio) com texto ou aria-label.",
  },
  "aria-tooltip-name": {
    title: "Dicas de ferramenta ARIA devem ter um nome acessível",
    explanation: "Garante que cada dica de ferramenta (tooltip) ARIA tenha um nome acessível.",
    fix: "Dê a cada dica de ferramenta um conteúdo de texto ou um aria-label.",
  },
  "aria-treeitem-name": {
    title: "Itens de árvore ARIA devem ter um nome acessível",
    explanation: "Garante que cada item de árvore (treeitem) ARIA tenha um nome acessível.",
    fix: "Dê a cada item de árvore um conteúdo de texto ou um aria-label.",
  },
  "aria-valid-attr-value": {
    title: "Os atributos ARIA devem ter valores válidos",
    explanation: "Garante que todos os atributos ARIA tenham valores válidos.",
    fix: "Corrija os valores dos atributos ARIA (IDs que existam, valores permitidos como true/false).",
  },
  "aria-valid-attr": {
    title: "Os atributos ARIA devem ter nomes válidos",
    explanation: "Garante que os atributos que começam com aria- sejam atributos ARIA válidos.",
    fix: "Corrija os nomes de atributos ARIA digitados errado.",
  },
  "button-name": {
    title: "Botões devem ter texto discernível",
    explanation: "Garante que os botões tenham texto discernível.",
    fix: "Dê a cada botão um texto visível, ou um aria-label para botões só com ícone.",
  },
  bypass: {
    title: "A página deve ter meios de pular blocos repetidos",
    explanation:
      "Garante que cada página tenha pelo menos um mecanismo para o usuário pular a navegação e ir direto ao conteúdo.",
    fix: "Adicione um link “pular para o conteúdo”, títulos ou regiões de referência (<main>, <nav>).",
  },
  "definition-list": {
    title:
      "Elementos <dl> devem conter diretamente apenas grupos <dt> e <dd> bem ordenados, ou elementos <script>, <template> ou <div>",
    explanation: "Garante que os elementos <dl> estejam estruturados corretamente.",
    fix: "Faça o <dl> conter apenas grupos <dt>/<dd> (opcionalmente dentro de <div>).",
  },
  dlitem: {
    title: "Elementos <dt> e <dd> devem estar contidos em um <dl>",
    explanation: "Garante que os elementos <dt> e <dd> estejam contidos em um <dl>.",
    fix: "Coloque os elementos <dt>/<dd> dentro de um <dl>.",
  },
  "duplicate-id-aria": {
    title: "IDs usados em ARIA e em rótulos devem ser únicos",
    explanation: "Garante que cada valor de id usado em ARIA e em rótulos seja único.",
    fix: "Torne únicos os IDs referenciados por atributos ARIA e por <label for>.",
  },
  "form-field-multiple-labels": {
    title: "Campos de formulário não devem ter vários elementos label",
    explanation: "Garante que os campos de formulário não tenham vários elementos label.",
    fix: "Mantenha um único <label> por campo de formulário.",
  },
  "frame-title": {
    title: "Frames devem ter um nome acessível",
    explanation: "Garante que os elementos <iframe> e <frame> tenham um nome acessível.",
    fix: "Adicione a cada iframe um atributo title que descreva o conteúdo dele.",
  },
  "heading-order": {
    title: "Os níveis de título devem aumentar de um em um",
    explanation: "Garante que a ordem dos títulos seja semanticamente correta.",
    fix: "Não pule níveis de título (h2 → h4); reorganize os títulos ou estilize-os com CSS.",
  },
  "html-has-lang": {
    title: "O elemento <html> deve ter um atributo lang",
    explanation: "Garante que todo documento HTML tenha um atributo lang.",
    fix: 'Adicione um atributo lang ao <html>, por exemplo <html lang="pt-BR">.',
  },
  "html-lang-valid": {
    title: "O elemento <html> deve ter um valor válido no atributo lang",
    explanation: "Garante que o atributo lang do elemento <html> tenha um valor válido.",
    fix: 'Use um código de idioma válido em <html lang> (por exemplo, "pt-BR", "en").',
  },
  "html-xml-lang-mismatch": {
    title: "Elementos HTML com lang e xml:lang devem ter o mesmo idioma base",
    explanation:
      "Garante que elementos HTML com atributos lang e xml:lang válidos concordem sobre o idioma base da página.",
    fix: "Faça xml:lang e lang no <html> indicarem o mesmo idioma.",
  },
  "image-alt": {
    title: "Imagens devem ter texto alternativo",
    explanation:
      "Garante que os elementos <img> tenham texto alternativo ou a função none ou presentation.",
    fix: 'Adicione texto alternativo a cada imagem (alt="" para as decorativas).',
  },
  "input-button-name": {
    title: "Botões de entrada devem ter texto discernível",
    explanation: "Garante que os botões de entrada (input) tenham texto discernível.",
    fix: "Dê a cada botão de entrada um value (ou um aria-label).",
  },
  "input-image-alt": {
    title: "Botões de imagem devem ter texto alternativo",
    explanation: 'Garante que os elementos <input type="image"> tenham texto alternativo.',
    fix: 'Adicione texto alternativo a cada <input type="image">.',
  },
  label: {
    title: "Elementos de formulário devem ter rótulos",
    explanation: "Garante que todo elemento de formulário tenha um rótulo.",
    fix: "Associe um <label for=…> (ou aria-label) a cada campo de formulário; placeholders não são rótulos.",
  },
  "link-name": {
    title: "Links devem ter texto discernível",
    explanation: "Garante que os links tenham texto discernível.",
    fix: "Dê a cada link um texto, ou um aria-label para links só com ícone (o alt de uma imagem dentro do link também serve).",
  },
  list: {
    title:
      "Elementos <ul> e <ol> devem conter diretamente apenas elementos <li>, <script> ou <template>",
    explanation: "Garante que as listas estejam estruturadas corretamente.",
    fix: "Coloque apenas <li> (e script/template) diretamente dentro de <ul>/<ol>.",
  },
  listitem: {
    title: "Elementos <li> devem estar contidos em um <ul> ou <ol>",
    explanation: "Garante que os elementos <li> sejam usados de forma semântica.",
    fix: "Coloque os elementos <li> dentro de <ul>, <ol> ou <menu>.",
  },
  "meta-refresh": {
    title: "Não deve haver atualização temporizada",
    explanation:
      'Garante que <meta http-equiv="refresh"> não seja usado para atualização com atraso.',
    fix: 'Remova o <meta http-equiv="refresh"> temporizado; use um redirecionamento no servidor.',
  },
  "meta-viewport": {
    title: "O zoom e a ampliação não devem ser desativados",
    explanation: 'Garante que <meta name="viewport"> não desative a ampliação de texto nem o zoom.',
    fix: "Remova user-scalable=no e mantenha maximum-scale em 5 ou mais para que as pessoas possam dar zoom.",
  },
  "object-alt": {
    title: "Elementos <object> devem ter texto alternativo",
    explanation: "Garante que os elementos <object> tenham texto alternativo.",
    fix: "Forneça texto alternativo para cada <object> (texto interno, aria-label ou title).",
  },
  "select-name": {
    title: "Elementos select devem ter um nome acessível",
    explanation: "Garante que os elementos select tenham um nome acessível.",
    fix: "Associe um rótulo a cada <select>.",
  },
  "skip-link": {
    title: "O destino de um link de salto deve existir e ser focável",
    explanation: "Garante que todos os links de salto tenham um destino focável.",
    fix: "Garanta que o destino de cada link de salto exista e possa receber foco.",
  },
  tabindex: {
    title: "Os elementos não devem ter tabindex maior que zero",
    explanation: "Garante que os valores do atributo tabindex não sejam maiores que 0.",
    fix: "Remova os valores positivos de tabindex; use 0 ou -1 e a ordem do DOM.",
  },
  "td-headers-attr": {
    title:
      "As células de uma tabela que usam o atributo headers devem se referir apenas a outras células da mesma tabela",
    explanation:
      "Garante que cada célula de uma tabela que usa o atributo headers se refira apenas a outras células dessa tabela.",
    fix: "Faça cada atributo headers referenciar IDs de <th> da mesma tabela.",
  },
  "th-has-data-cells": {
    title:
      "Elementos <th> e elementos com role=columnheader/rowheader devem ter células de dados que descrevem",
    explanation: "Garante que cada cabeçalho de uma tabela de dados se refira a células de dados.",
    fix: "Faça cada <th> descrever células de dados, ou use células comuns em tabelas de layout.",
  },
  "valid-lang": {
    title: "O atributo lang deve ter um valor válido",
    explanation: "Garante que os atributos lang tenham valores válidos.",
    fix: "Use códigos de idioma válidos nos atributos lang.",
  },
  "video-caption": {
    title: "Elementos <video> devem ter legendas",
    explanation: "Garante que os elementos <video> tenham legendas.",
    fix: 'Adicione um <track kind="captions"> a cada vídeo.',
  },
  "landmark-one-main": {
    title: "O documento deve ter uma região main",
    explanation: "Garante que o documento tenha uma região de referência main.",
    fix: "Coloque o conteúdo principal da página dentro de um único elemento <main>.",
  },
  "autocomplete-valid": {
    title: "O atributo autocomplete deve ser usado corretamente",
    explanation:
      "Garante que o atributo autocomplete esteja correto e adequado ao campo de formulário.",
    fix: "Use os valores padrão de autocomplete (por exemplo, email, given-name, street-address).",
  },
  "presentation-role-conflict": {
    title:
      "Elementos marcados como apresentacionais devem ser ignorados por todas as tecnologias assistivas",
    explanation:
      "Sinaliza elementos com função none ou presentation que acionam a resolução de conflito de funções.",
    fix: "Remova atributos ARIA globais e a possibilidade de foco dos elementos marcados como apresentacionais.",
  },
  "svg-img-alt": {
    title: "Elementos <svg> com a função img devem ter texto alternativo",
    explanation:
      "Garante que elementos <svg> com função img, graphics-document ou graphics-symbol tenham um texto acessível.",
    fix: 'Dê a cada <svg role="img"> um <title> ou aria-label.',
  },
  "table-duplicate-name": {
    title: "Tabelas não devem ter summary e caption iguais",
    explanation: "Garante que as tabelas não tenham o mesmo texto em summary e em <caption>.",
    fix: "Faça o summary de uma tabela ser diferente da legenda (caption).",
  },
  "empty-heading": {
    title: "Os títulos não devem estar vazios",
    explanation: "Garante que os títulos tenham texto discernível.",
    fix: "Coloque texto em todos os títulos ou remova os títulos vazios.",
  },
  "aria-allowed-role": {
    title: "A função ARIA deve ser adequada ao elemento",
    explanation: "Garante que o atributo role tenha um valor adequado ao elemento.",
    fix: "Use apenas funções permitidas no elemento, ou um elemento mais adequado.",
  },
  "image-redundant-alt": {
    title: "O texto alternativo de imagens não deve repetir o texto ao redor",
    explanation: "Garante que o texto alternativo da imagem não seja repetido como texto.",
    fix: "Não repita o texto ao redor no alt; descreva a imagem.",
  },
  "identical-links-same-purpose": {
    title: "Links com o mesmo nome devem ter o mesmo propósito",
    explanation: "Garante que links com o mesmo nome acessível tenham um propósito semelhante.",
    fix: "Dê o mesmo destino a links com o mesmo texto, ou use textos diferentes.",
  },
  "label-content-name-mismatch": {
    title: "O texto visível dos elementos deve fazer parte do seu nome acessível",
    explanation:
      "Garante que elementos nomeados pelo seu conteúdo tenham o texto visível como parte do nome acessível.",
    fix: "Comece o nome acessível (aria-label) com o texto visível do elemento.",
  },
  "table-fake-caption": {
    title:
      "Células de dados ou de cabeçalho não devem ser usadas como legenda de uma tabela de dados",
    explanation: "Garante que tabelas com legenda usem o elemento <caption>.",
    fix: "Use <caption> como legenda da tabela em vez de uma célula que ocupa toda a largura.",
  },
  "td-has-header": {
    title:
      "Elementos <td> não vazios em tabelas maiores que 3 por 3 devem ter um cabeçalho associado",
    explanation:
      "Garante que cada célula de dados não vazia de uma tabela grande tenha um ou mais cabeçalhos.",
    fix: "Dê cabeçalhos às células de dados de tabelas grandes (<th>, scope ou headers).",
  },
};

/** The Lighthouse audits' titles, keyed like `LIGHTHOUSE_AUDITS` (Lighthouse's own wording). */
export const AUDIT_TITLES_PT: Record<string, string> = {
  "is-crawlable": "A página não está bloqueada para indexação",
  "document-title": "O documento tem um elemento <title>",
  "meta-description": "O documento tem uma meta description",
  "http-status-code": "A página tem um código de status HTTP de sucesso",
  "link-text": "Os links têm texto descritivo",
  "crawlable-anchors": "Os links são rastreáveis",
  "robots-txt": "O robots.txt é válido",
  "image-alt": "Os elementos de imagem têm atributos [alt]",
  hreflang: "O documento tem um hreflang válido",
  canonical: "O documento tem um rel=canonical válido",
  "is-on-https": "Usa HTTPS",
  "redirects-http": "Redireciona o tráfego HTTP para HTTPS",
  "csp-xss": "Garantir que o CSP seja eficaz contra ataques XSS",
  "has-hsts": "Usar uma política HSTS forte",
  "origin-isolation": "Garantir o isolamento de origem adequado com COOP",
  "clickjacking-mitigation": "Mitigar o clickjacking com XFO ou CSP",
  "trusted-types-xss": "Mitigar o XSS baseado em DOM com Trusted Types",
  doctype: "A página tem o doctype HTML",
  charset: "Define o charset corretamente",
  "geolocation-on-start": "Evita pedir a permissão de geolocalização ao carregar a página",
  "notification-on-start": "Evita pedir a permissão de notificação ao carregar a página",
  "paste-preventing-inputs": "Permite que os usuários colem conteúdo nos campos de entrada",
  "image-aspect-ratio": "Exibe imagens com a proporção correta",
  "image-size-responsive": "Serve imagens com resolução adequada",
  deprecations: "Evita APIs obsoletas",
  "third-party-cookies": "Evita cookies de terceiros",
  "errors-in-console": "Nenhum erro do navegador registrado no console",
  "inspector-issues": "Nenhum problema no painel Issues do Chrome DevTools",
  baseline: "Recursos da plataforma web usados pela página (Baseline)",
  "js-libraries": "Bibliotecas JavaScript detectadas",
  "valid-source-maps": "A página tem source maps válidos",
  accesskeys: "Os valores de [accesskey] são únicos",
  "aria-allowed-attr": "Os atributos [aria-*] correspondem às suas funções",
  "aria-command-name": "Os elementos button, link e menuitem têm nomes acessíveis",
  "aria-conditional-attr":
    "Os atributos ARIA são usados como especificado para a função do elemento",
  "aria-deprecated-role": "Não foram usadas funções ARIA obsoletas",
  "aria-dialog-name": "Os elementos com role=dialog ou alertdialog têm nomes acessíveis",
  "aria-hidden-body": '[aria-hidden="true"] não está presente no <body> do documento',
  "aria-hidden-focus": 'Os elementos [aria-hidden="true"] não contêm descendentes focáveis',
  "aria-input-field-name": "Os campos de entrada ARIA têm nomes acessíveis",
  "aria-meter-name": "Os elementos meter ARIA têm nomes acessíveis",
  "aria-progressbar-name": "Os elementos progressbar ARIA têm nomes acessíveis",
  "aria-prohibited-attr": "Os elementos usam apenas atributos ARIA permitidos",
  "aria-required-attr": "Os elementos com [role] têm todos os atributos [aria-*] obrigatórios",
  "aria-required-children": "Os elementos com [role] ARIA contêm os filhos obrigatórios",
  "aria-required-parent": "Os elementos com [role] estão contidos no elemento pai obrigatório",
  "aria-roles": "Os valores de [role] são válidos",
  "aria-text": "Os elementos com role=text não têm descendentes focáveis",
  "aria-toggle-field-name": "Os campos de alternância ARIA têm nomes acessíveis",
  "aria-tooltip-name": "Os elementos tooltip ARIA têm nomes acessíveis",
  "aria-treeitem-name": "Os elementos treeitem ARIA têm nomes acessíveis",
  "aria-valid-attr-value": "Os atributos [aria-*] têm valores válidos",
  "aria-valid-attr": "Os atributos [aria-*] são válidos e estão escritos corretamente",
  "button-name": "Os botões têm um nome acessível",
  bypass: "A página contém um título, um link de salto ou uma região de referência",
  "color-contrast": "As cores de fundo e de primeiro plano têm uma taxa de contraste suficiente",
  "definition-list": "Os elementos <dl> contêm apenas grupos <dt> e <dd> bem ordenados",
  dlitem: "Os itens de lista de definição estão dentro de elementos <dl>",
  "duplicate-id-aria": "Os IDs ARIA são únicos",
  "form-field-multiple-labels": "Nenhum campo de formulário tem vários rótulos",
  "frame-title": "Os elementos <frame> ou <iframe> têm um título",
  "heading-order": "Os elementos de título aparecem em ordem decrescente sequencial",
  "html-has-lang": "O elemento <html> tem um atributo [lang]",
  "html-lang-valid": "O elemento <html> tem um valor válido no atributo [lang]",
  "html-xml-lang-mismatch": "O elemento <html> tem um [xml:lang] igual ao seu [lang]",
  "input-button-name": "Os botões de entrada têm texto discernível",
  "input-image-alt": 'Os elementos <input type="image"> têm texto [alt]',
  label: "Os elementos de formulário têm rótulos associados",
  "link-in-text-block": "Os links podem ser distinguidos sem depender de cor",
  "link-name": "Os links têm um nome discernível",
  list: "As listas contêm apenas elementos <li> e elementos de suporte a scripts",
  listitem: "Os itens de lista (<li>) estão contidos em elementos pai <ul>, <ol> ou <menu>",
  "meta-refresh": 'O documento não usa <meta http-equiv="refresh">',
  "meta-viewport": '[user-scalable="no"] não é usado e [maximum-scale] não é menor que 5',
  "object-alt": "Os elementos <object> têm texto alternativo",
  "select-name": "Os elementos select têm elementos label associados",
  "skip-link": "Os links de salto são focáveis",
  tabindex: "Nenhum elemento tem um valor de [tabindex] maior que 0",
  "target-size": "As áreas de toque têm tamanho e espaçamento suficientes",
  "td-headers-attr":
    "As células de uma <table> que usam [headers] se referem a células da mesma tabela",
  "th-has-data-cells": "Os elementos <th> têm células de dados que descrevem",
  "valid-lang": "Os atributos [lang] têm um valor válido",
  "video-caption": 'Os elementos <video> contêm um <track> com [kind="captions"]',
  "landmark-one-main": "O documento tem uma região de referência main",
  "autocomplete-valid": "Os atributos [autocomplete] são usados corretamente",
  "presentation-role-conflict": "Os elementos apresentacionais evitam conflitos",
  "svg-img-alt": "Os elementos <svg> com a função img têm texto alternativo",
  "table-duplicate-name": "As tabelas têm conteúdo diferente em summary e caption",
  "empty-heading": "Todos os elementos de título têm conteúdo",
  "aria-allowed-role": "Usa funções ARIA apenas em elementos compatíveis",
  "image-redundant-alt": "O texto alternativo das imagens não repete o texto ao redor",
  "identical-links-same-purpose": "Links idênticos têm o mesmo propósito",
  "label-content-name-mismatch": "Os rótulos de texto visíveis fazem parte do nome acessível",
  "table-fake-caption": "As tabelas usam <caption> em vez de células com [colspan]",
  "td-has-header": "Os elementos <td> de uma <table> grande têm cabeçalhos de tabela",
};
