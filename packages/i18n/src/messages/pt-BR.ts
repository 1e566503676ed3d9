/**
 * The API's, the services' and the forms' messages in Brazilian Portuguese, by their English
 * text (see ../translate.ts). A `{name}` in a key is a placeholder; `terms` translates what some
 * placeholders capture. A test checks every message written in code is here.
 */
import type { MessageCatalog, Phrasebook } from "../translate";

const roles: Phrasebook = {
  owner: "proprietário",
  admin: "administrador",
  member: "membro",
  viewer: "leitor",
  staff: "equipe da agência",
};

/** `formatBytes`: "1.5 GB" → "1,5 GB". */
const sizes: Phrasebook = { "{whole}.{fraction} {unit}": "{whole},{fraction} {unit}" };

const terms: MessageCatalog["terms"] = {
  actorRole: roles,
  role: roles,
  /** The fields the schemas' message helpers name, with their article. */
  field: {
    registrar: "o registrador",
    "total budget": "o orçamento total",
    "budget used": "o orçamento utilizado",
    "start date": "a data de início",
    "estimated delivery": "a entrega prevista",
    "actual delivery": "a entrega real",
    "due date": "o prazo",
    "monthly ticket limit": "o limite mensal de chamados",
    "storage limit": "o limite de armazenamento",
    "project limit": "o limite de projetos",
    "domain limit": "o limite de domínios",
    "team size": "o tamanho da equipe",
    "response time": "o tempo de resposta",
    "monthly credits": "os créditos mensais",
    "monthly price": "o preço mensal",
    "yearly price": "o preço anual",
  },
  /** What `notFound("…")` did not find, with its article. */
  thing: {
    Account: "a conta",
    Analysis: "a análise",
    "Credit entry": "o lançamento de crédito",
    "DNS record": "o registro DNS",
    Delivery: "a entrega",
    Domain: "o domínio",
    File: "o arquivo",
    Folder: "a pasta",
    Member: "o membro",
    Milestone: "o marco",
    Organization: "a organização",
    Project: "o projeto",
    "Shared report": "o relatório compartilhado",
    "Staff member": "o membro da equipe",
    Ticket: "o chamado",
    Upload: "o envio",
    Subscription: "a assinatura",
    "Credit pack": "o pacote de créditos",
    Plan: "o plano",
    "Audit entry": "o registro de auditoria",
    "Impersonation session": "a sessão de acesso da agência",
  },
  /** How long until a rate limit lets the caller through (`waitFor`). */
  wait: {
    "{count} second": "{count} segundo",
    "{count} seconds": "{count} segundos",
    "{count} minute": "{count} minuto",
    "{count} minutes": "{count} minutos",
    "{count} hour": "{count} hora",
    "{count} hours": "{count} horas",
  },
  /** When a domain's registration or certificate runs out. */
  when: {
    today: "hoje",
    "in {count} day": "em {count} dia",
    "in {count} days": "em {count} dias",
  },
  /** What is wrong with text Postgres cannot store. */
  problem: {
    "contains a NUL character, which cannot be stored. Remove it and try again.":
      "contém um caractere NUL, que não pode ser armazenado. Remova-o e tente novamente.",
    "contains a broken character (an unpaired surrogate). Retype it and try again.":
      "contém um caractere corrompido (um substituto sem par). Digite-o de novo e tente novamente.",
  },
  /** An invitation that is no longer pending. */
  status: {
    accepted: "aceito",
    declined: "recusado",
    revoked: "revogado",
    expired: "expirado",
  },
  projectCount: {
    "{count} project": "{count} projeto",
    "{count} projects": "{count} projetos",
  },
  size: sizes,
  maxSize: sizes,
  needed: sizes,
  left: sizes,
  storage: sizes,
};

const messages: Phrasebook = {
  // Who is asking, permissions and limits ------------------------------------------------------
  "Sign in to continue.": "Entre para continuar.",
  "You are not a member of any organization yet. Create one or accept an invitation.":
    "Você ainda não é membro de nenhuma organização. Crie uma ou aceite um convite.",
  "Only owners and admins can change projects.":
    "Somente proprietários e administradores podem alterar projetos.",
  "Only owners and admins can change domains.":
    "Somente proprietários e administradores podem alterar domínios.",
  "Viewers can read tickets but not write or change them.":
    "Leitores podem ler os chamados, mas não escrevê-los nem alterá-los.",
  "Viewers can download files but not upload or change them.":
    "Leitores podem baixar arquivos, mas não enviá-los nem alterá-los.",
  "Only the agency assigns tickets.": "Somente a agência atribui chamados.",
  "Only owners and admins can manage the team.":
    "Somente proprietários e administradores podem gerenciar a equipe.",
  "Only owners and admins can change the organization's settings.":
    "Somente proprietários e administradores podem alterar as configurações da organização.",
  "Agency staff are not on the team, so there is nothing to leave.":
    "A equipe da agência não faz parte da equipe da organização, então não há como sair dela.",
  "Agency staff cannot do this in a client organization.":
    "A equipe da agência não pode fazer isso na organização de um cliente.",
  "This is for the agency team only.": "Isto é só para a equipe da agência.",
  "This is for the agency's admins only.": "Isto é só para os administradores da agência.",
  // Agency staff acting for a client.
  "Give a reason.": "Informe um motivo.",
  "Give a reason of at least 10 characters.": "Informe um motivo com pelo menos 10 caracteres.",
  "Keep the reason under 500 characters.": "Mantenha o motivo com menos de 500 caracteres.",
  "Choose a duration in minutes.": "Escolha uma duração em minutos.",
  "Choose a whole number of minutes.": "Escolha um número inteiro de minutos.",
  "Choose a duration between 5 and 60 minutes.": "Escolha uma duração entre 5 e 60 minutos.",
  "Choose a duration between 1 and 60 minutes.": "Escolha uma duração entre 1 e 60 minutos.",
  "Agency staff cannot be impersonated.": "Ninguém da equipe da agência pode ser representado.",
  "This account is disabled.": "Esta conta está desativada.",
  "Only agency admins can act as an organization's owner.":
    "Somente administradores da agência podem agir como proprietário de uma organização.",
  "You are not acting for a client.": "Você não está agindo por um cliente.",
  "Your time acting as {name} has run out, so nothing was done. Start again from the client's page if you need more.":
    "Seu tempo agindo como {name} acabou, então nada foi feito. Comece de novo pela página do cliente se precisar de mais.",
  "Your access as {name} has ended, so nothing was done.":
    "Seu acesso como {name} terminou, então nada foi feito.",
  "Your time in {org} has run out, so nothing was done. Start again from the client's page if you need more.":
    "Seu tempo em {org} acabou, então nada foi feito. Comece de novo pela página do cliente se precisar de mais.",
  "Your access to {org} has ended, so nothing was done.":
    "Seu acesso a {org} terminou, então nada foi feito.",
  "Billing and payments are for the client to change, never while acting for them.":
    "Cobrança e pagamentos são o cliente quem altera, nunca enquanto você age por ele.",
  "Roles, members, invitations and the organization's settings are for the client to change, never while acting for them.":
    "Papéis, membros, convites e as configurações da organização são o cliente quem altera, nunca enquanto você age por ele.",
  "Passwords, email addresses, sign-ins and preferences belong to the client, never changed while acting for them.":
    "Senhas, e-mails, acessos e preferências são do cliente e nunca são alterados enquanto você age por ele.",
  "Nothing is deleted while acting for a client: ask them, or stop acting for them first.":
    "Nada é excluído enquanto você age por um cliente: peça a ele, ou encerre antes de excluir.",
  "Nothing is exported while acting for a client: stop acting for them first.":
    "Nada é exportado enquanto você age por um cliente: encerre antes de exportar.",
  "This is temporarily unavailable while we protect it from abuse. Try again in a minute.":
    "Isto está temporariamente indisponível enquanto o protegemos contra abusos. Tente novamente em um minuto.",
  "Too many attempts. Try again in {wait}.": "Muitas tentativas. Tente novamente em {wait}.",
  "Something went wrong on our side. Please try again.":
    "Algo deu errado do nosso lado. Tente novamente.",
  "Please try again.": "Tente novamente.",
  "This text {problem}": "Este texto {problem}",
  "This field's name {problem}": "O nome deste campo {problem}",
  "The database could not be opened.": "Não foi possível abrir o banco de dados.",
  "The database did not answer.": "O banco de dados não respondeu.",
  "{thing} was not found.": "Não encontramos {thing}.",

  // Common fields ------------------------------------------------------------------------------
  "Enter a name.": "Informe um nome.",
  "Names are at most 100 characters.": "Nomes têm no máximo 100 caracteres.",
  "Email addresses are at most 320 characters.":
    "Endereços de e-mail têm no máximo 320 caracteres.",
  "Enter a valid email address, like ana@example.com.":
    "Informe um endereço de e-mail válido, como ana@example.com.",
  "Please enter a valid email address.": "Informe um endereço de e-mail válido.",
  "Use at least 10 characters.": "Use pelo menos 10 caracteres.",
  "Passwords are at most 200 characters.": "Senhas têm no máximo 200 caracteres.",
  "Enter your password.": "Informe sua senha.",
  "The two passwords don’t match.": "As duas senhas não coincidem.",
  "That address is too long.": "Esse endereço é longo demais.",
  "Only a page of this site can be returned to.":
    "Só é possível voltar para uma página deste site.",
  "Enter a date between {first} and {last}.": "Informe uma data entre {first} e {last}.",
  "Enter a date as YYYY-MM-DD, like 2026-03-31.":
    "Informe a data no formato AAAA-MM-DD, como 2026-03-31.",
  "This link is incomplete.": "Este link está incompleto.",
  "This link is not valid.": "Este link não é válido.",
  "That id is not valid.": "Esse ID não é válido.",
  "That page cursor is not valid.": "Esse cursor de página não é válido.",
  "That page cursor is not valid: start from the first page.":
    "Esse cursor de página não é válido: comece pela primeira página.",
  "Search for at most 100 characters.": "Pesquise no máximo 100 caracteres.",
  "Search with text.": "Pesquise com texto.",
  "Choose how many to show.": "Escolha quantos mostrar.",
  "Choose how to sort.": "Escolha como ordenar.",
  "Choose a status.": "Escolha um status.",
  "Enter a title.": "Informe um título.",
  "Titles are at most 200 characters.": "Títulos têm no máximo 200 caracteres.",
  "Descriptions are at most 5000 characters.": "Descrições têm no máximo 5000 caracteres.",
  "Descriptions are at most 10,000 characters.": "Descrições têm no máximo 10.000 caracteres.",
  "Enter the {field} as text.": "Informe {field} como texto.",
  "The {field} is at most {max} characters.": "{field} tem no máximo {max} caracteres.",
  "Enter the {field} as a date.": "Informe {field} como data.",
  "Enter the {field} as a date, like 2026-03-31.":
    "Informe {field} como data, por exemplo 2026-03-31.",
  "Enter the {field} as a number.": "Informe {field} como número.",
  "Enter the {field} in whole cents.": "Informe {field} em centavos inteiros.",
  "Enter the {field}, or 0.": "Informe {field}, ou 0.",
  "Enter the {field} as an amount, like 1500.00.":
    "Informe {field} como valor, por exemplo 1500,00.",
  "The {field} cannot be negative.": "{field} não pode ser um valor negativo.",
  "The {field} is too large.": "{field} excede o valor máximo.",
  "The {field} cannot be before the start date.": "{field} não pode ser anterior à data de início.",

  // Accounts -----------------------------------------------------------------------------------
  "Your email address is already verified.": "Seu endereço de e-mail já está verificado.",
  "This verification link is invalid or has expired. Request a new one from your account.":
    "Este link de verificação é inválido ou expirou. Peça um novo na sua conta.",
  "This reset link is invalid or has expired. Ask for a new one.":
    "Este link de redefinição é inválido ou expirou. Peça um novo.",
  "Your current password is not correct.": "Sua senha atual não está correta.",
  "A password had been set on this account before its address was confirmed, so for your safety it was removed. Sign in with an email link, or set a new password in your account.":
    "Uma senha havia sido definida nesta conta antes de o endereço ser confirmado; por segurança, ela foi removida. Entre com um link enviado por e-mail ou defina uma nova senha na sua conta.",
  "Choose English or Portuguese (Brazil).": "Escolha inglês ou português (Brasil).",
  "Change at least one email preference.": "Altere pelo menos uma preferência de e-mail.",
  "That email was not found.": "Esse e-mail não foi encontrado.",
  "That notification id is not valid.": "Esse ID de notificação não é válido.",
  "Say which notifications to mark as read, or all of them.":
    "Diga quais notificações marcar como lidas, ou todas.",

  // Organizations, members and invitations -----------------------------------------------------
  "The logo must be a PNG, JPEG or WebP image.":
    "O logotipo deve ser uma imagem PNG, JPEG ou WebP.",
  "The logo must be at most 256 KB.": "O logotipo deve ter no máximo 256 KB.",
  "Choose a time zone from the list.": "Escolha um fuso horário da lista.",
  "Choose who may invite people.": "Escolha quem pode convidar pessoas.",
  "Change at least one setting.": "Altere pelo menos uma configuração.",
  "That organization id is not valid.": "Esse ID de organização não é válido.",
  "You already own a free organization ({name}). Upgrade it to a paid plan to create another one.":
    "Você já é proprietário de uma organização gratuita ({name}). Mude-a para um plano pago para criar outra.",
  "Choose a role.": "Escolha uma função.",
  "Choose admin, member or viewer.": "Escolha administrador, membro ou leitor.",
  "That member id is not valid.": "Esse ID de membro não é válido.",
  "That invitation id is not valid.": "Esse ID de convite não é válido.",
  "That person is not valid.": "Essa pessoa não é válida.",
  "You cannot change your own role. Ask another owner.":
    "Você não pode alterar sua própria função. Peça a outro proprietário.",
  "As {actorRole} you cannot make this member {role}.":
    "Como {actorRole}, você não pode tornar este membro {role}.",
  "As {actorRole} you cannot remove a {role}.":
    "Como {actorRole}, você não pode remover um {role}.",
  "As {actorRole} you cannot invite someone as {role}.":
    "Como {actorRole}, você não pode convidar alguém como {role}.",
  "An organization needs at least one owner.":
    "Uma organização precisa de pelo menos um proprietário.",
  "To remove yourself, leave the organization instead.": "Para se remover, saia da organização.",
  "You are the only owner. Make someone else an owner before you leave.":
    "Você é o único proprietário. Torne outra pessoa proprietária antes de sair.",
  "Only owners and admins can invite people here.":
    "Somente proprietários e administradores podem convidar pessoas aqui.",
  "{email} is already a member.": "{email} já é membro.",
  "An invitation to {email} is already pending. Revoke it to send a new one.":
    "Já existe um convite pendente para {email}. Revogue-o para enviar um novo.",
  "Your plan allows {count} team member, counting pending invitations. Upgrade to invite more.":
    "Seu plano permite {count} membro na equipe, contando os convites pendentes. Mude de plano para convidar mais.",
  "Your plan allows {count} team members, counting pending invitations. Upgrade to invite more.":
    "Seu plano permite {count} membros na equipe, contando os convites pendentes. Mude de plano para convidar mais.",
  "This organization's plan allows {count} team members and it is full. Ask an admin to upgrade or free a seat.":
    "O plano desta organização permite {count} membros na equipe e ela está completa. Peça a um administrador para mudar de plano ou liberar uma vaga.",
  "Invitation was not found or is no longer pending.":
    "O convite não foi encontrado ou não está mais pendente.",
  "This invitation link is not valid. Ask for a new invitation.":
    "Este link de convite não é válido. Peça um novo convite.",
  "This invitation has expired. Ask for a new one.": "Este convite expirou. Peça um novo.",
  "This invitation was already {status}.": "Este convite já foi {status}.",
  "This invitation was sent to {email}. Sign in with that address to accept it.":
    "Este convite foi enviado para {email}. Entre com esse endereço para aceitá-lo.",
  "Confirm your email address first: open the link we emailed you when you signed up, or sign in with an email link.":
    "Confirme seu endereço de e-mail primeiro: abra o link que enviamos por e-mail quando você criou a conta ou entre com um link enviado por e-mail.",

  // Analyses and leads -------------------------------------------------------------------------
  "Enter the address of the page to analyze.": "Informe o endereço da página a analisar.",
  "That address is too long: 2048 characters at most.":
    "Esse endereço é longo demais: no máximo 2048 caracteres.",
  "That doesn’t look like a web address. Try something like example.com.":
    "Isso não parece um endereço da web. Tente algo como example.com.",
  "Only http and https addresses can be analyzed, not “{scheme}”.":
    "Só é possível analisar endereços http e https, não “{scheme}”.",
  "Remove the username and password from the address.":
    "Remova o nome de usuário e a senha do endereço.",
  "Say whether we may email you.": "Diga se podemos enviar e-mails para você.",
  "That analysis id is not valid.": "Esse ID de análise não é válido.",
  "Only a finished analysis can be shared.": "Só é possível compartilhar uma análise concluída.",
  "The analysis was not found.": "A análise não foi encontrada.",
  "This analysis has not finished. Try again once the report is ready.":
    "Esta análise ainda não terminou. Tente novamente quando o relatório estiver pronto.",
  "This analysis has no score to send.": "Esta análise não tem pontuação para enviar.",
  "This unsubscribe link was not found.":
    "Este link de cancelamento de inscrição não foi encontrado.",

  // Domains and DNS records --------------------------------------------------------------------
  "Enter a domain name.": "Informe um nome de domínio.",
  "Enter a domain name, like example.com.": "Informe um nome de domínio, como example.com.",
  "Enter a domain name like example.com.": "Informe um nome de domínio como example.com.",
  "Enter a domain name like example.com, without http:// or a path.":
    "Informe um nome de domínio como example.com, sem http:// nem caminho.",
  "Domain names are at most 253 characters.": "Nomes de domínio têm no máximo 253 caracteres.",
  "Choose a domain status.": "Escolha um status de domínio.",
  "Choose a certificate status.": "Escolha um status de certificado.",
  "Say whether to show only domains expiring soon.":
    "Diga se devem ser mostrados apenas os domínios que vencem em breve.",
  "Sort by name, renewal date or certificate expiry.":
    "Ordene por nome, data de renovação ou vencimento do certificado.",
  "Choose a project from the list.": "Escolha um projeto da lista.",
  "Enter each name server as a host name.": "Informe cada servidor de nomes como um nome de host.",
  "Each name server must be a host name, like ns1.example.net.":
    "Cada servidor de nomes deve ser um nome de host, como ns1.example.net.",
  "Enter the name servers as a list.": "Informe os servidores de nomes como uma lista.",
  "A domain has at most 13 name servers.": "Um domínio tem no máximo 13 servidores de nomes.",
  "Say whether the domain renews automatically.": "Diga se o domínio é renovado automaticamente.",
  "The renewal date cannot be before the registration date.":
    "A data de renovação não pode ser anterior à data de registro.",
  "That domain id is not valid.": "Esse ID de domínio não é válido.",
  "Your plan includes {count} domain. Upgrade your plan to add more, or remove a domain you no longer need.":
    "Seu plano inclui {count} domínio. Mude de plano para adicionar mais ou remova um domínio de que você não precisa mais.",
  "Your plan includes {count} domains. Upgrade your plan to add more, or remove a domain you no longer need.":
    "Seu plano inclui {count} domínios. Mude de plano para adicionar mais ou remova um domínio de que você não precisa mais.",
  "{domain} is already in your domains.": "{domain} já está nos seus domínios.",
  "Choose a record type.": "Escolha um tipo de registro.",
  "Enter the record name.": "Informe o nome do registro.",
  "Enter the record name: @ for the domain itself, or e.g. www.":
    "Informe o nome do registro: @ para o próprio domínio ou, por exemplo, www.",
  "Record names are at most 253 characters.": "Nomes de registro têm no máximo 253 caracteres.",
  "Use @ for the domain itself, or a name like www or _dmarc, relative to the domain.":
    "Use @ para o próprio domínio ou um nome como www ou _dmarc, relativo ao domínio.",
  "Enter the record value.": "Informe o valor do registro.",
  "Record values are at most {max} characters.":
    "Valores de registro têm no máximo {max} caracteres.",
  "Enter the TTL in seconds.": "Informe o TTL em segundos.",
  "Enter the TTL as whole seconds.": "Informe o TTL em segundos inteiros.",
  "The TTL is at least 60 seconds.": "O TTL é de no mínimo 60 segundos.",
  "The TTL is at most 86400 seconds (one day).": "O TTL é de no máximo 86400 segundos (um dia).",
  "Enter the priority as a number.": "Informe a prioridade como número.",
  "Enter the priority as a whole number.": "Informe a prioridade como número inteiro.",
  "The priority is between 0 and 65535.": "A prioridade fica entre 0 e 65535.",
  "An A record points to an IPv4 address, like 203.0.113.10.":
    "Um registro A aponta para um endereço IPv4, como 203.0.113.10.",
  "An AAAA record points to an IPv6 address, like 2001:db8::1.":
    "Um registro AAAA aponta para um endereço IPv6, como 2001:db8::1.",
  "A {type} record points to a host name, like target.example.net.":
    "Um registro {type} aponta para um nome de host, como target.example.net.",
  "An MX record points to a mail server's host name, like mx.example.net.":
    "Um registro MX aponta para o nome de host de um servidor de e-mail, como mx.example.net.",
  "MX records need a priority between 0 and 65535.":
    "Registros MX precisam de uma prioridade entre 0 e 65535.",
  'Close every quoted part, like "part one" "part two".':
    'Feche todas as partes entre aspas, como "parte um" "parte dois".',
  'Each TXT string is at most 255 characters: split longer values into quoted parts, like "part one" "part two".':
    'Cada string TXT tem no máximo 255 caracteres: divida valores mais longos em partes entre aspas, como "parte um" "parte dois".',
  'Write CAA values as flags tag "value", like 0 issue "letsencrypt.org".':
    'Escreva valores CAA como flags tag "valor", por exemplo 0 issue "letsencrypt.org".',
  "That record id is not valid.": "Esse ID de registro não é válido.",
  "Enter the name relative to {domain}: @ for {domain} itself, www for www.{domain}.":
    "Informe o nome relativo a {domain}: @ para o próprio {domain}, www para www.{domain}.",
  "The domain itself (@) cannot have a CNAME record. Use an A or AAAA record instead.":
    "O próprio domínio (@) não pode ter um registro CNAME. Use um registro A ou AAAA.",
  "{name} already has other records: a CNAME cannot share its name with any other record.":
    "{name} já tem outros registros: um CNAME não pode compartilhar o nome com nenhum outro registro.",
  "{domain} must be renewed {when}": "{domain} precisa ser renovado {when}",
  "The HTTPS certificate of {domain} expires {when}":
    "O certificado HTTPS de {domain} expira {when}",
  "The registration of {domain} ends on {date}. Renew it so the site and email keep working.":
    "O registro de {domain} termina em {date}. Renove-o para que o site e o e-mail continuem funcionando.",
  "The certificate of {domain} is valid until {date}. Renew it so visitors do not see security warnings.":
    "O certificado de {domain} é válido até {date}. Renove-o para que os visitantes não vejam alertas de segurança.",
  "{domain} is a reserved name that does not exist on the public internet, so it cannot be checked.":
    "{domain} é um nome reservado que não existe na internet pública, então não pode ser verificado.",
  "The DNS lookup of {domain} failed or took too long. Try again in a few minutes.":
    "A consulta DNS de {domain} falhou ou demorou demais. Tente novamente em alguns minutos.",
  "{domain} does not exist in DNS yet. Check the spelling, or wait until the registration is complete.":
    "{domain} ainda não existe no DNS. Confira a grafia ou aguarde a conclusão do registro.",
  "{domain} has no A or AAAA record, so there is no site whose certificate could be checked.":
    "{domain} não tem registro A nem AAAA, então não há site cujo certificado possa ser verificado.",
  "{domain} points to a private or reserved address ({reason}), so its certificate was not checked.":
    "{domain} aponta para um endereço privado ou reservado ({reason}), então o certificado não foi verificado.",
  "No HTTPS answer from {domain} ({reason}).": "Sem resposta HTTPS de {domain} ({reason}).",
  "The certificate of {domain} expired on {date}.": "O certificado de {domain} expirou em {date}.",
  "The certificate of {domain} is not trusted by browsers ({reason}).":
    "O certificado de {domain} não é confiável para os navegadores ({reason}).",

  // Files --------------------------------------------------------------------------------------
  "That folder id is not valid.": "Esse ID de pasta não é válido.",
  "That file id is not valid.": "Esse ID de arquivo não é válido.",
  "That file is not valid.": "Esse arquivo não é válido.",
  "Enter a folder name.": "Informe um nome de pasta.",
  "Folder names are at most 100 characters.": "Nomes de pasta têm no máximo 100 caracteres.",
  "Folder names cannot contain / or \\.": "Nomes de pasta não podem conter / nem \\.",
  "Enter a file name.": "Informe um nome de arquivo.",
  "File names are at most 200 characters.": "Nomes de arquivo têm no máximo 200 caracteres.",
  "Sort by newest, name or size.": "Ordene por mais recentes, nome ou tamanho.",
  "A folder named “{name}” already exists there. Pick another name.":
    "Já existe uma pasta chamada “{name}” nesse local. Escolha outro nome.",
  "A folder cannot be moved into itself.": "Uma pasta não pode ser movida para dentro dela mesma.",
  "This download link has expired or is not valid. Go back to Files and download again.":
    "Este link de download expirou ou não é válido. Volte para Arquivos e baixe de novo.",
  "This file is empty.": "Este arquivo está vazio.",
  "This file is empty. Choose a file with content.":
    "Este arquivo está vazio. Escolha um arquivo com conteúdo.",
  "Files can be at most {maxSize}; this one is {size}.":
    "Os arquivos podem ter no máximo {maxSize}; este tem {size}.",
  "This file needs {needed} but only {left} of your {storage} is left. Delete files you no longer need, or upgrade your plan for more storage.":
    "Este arquivo precisa de {needed}, mas restam apenas {left} dos seus {storage}. Exclua arquivos de que você não precisa mais ou mude de plano para ter mais armazenamento.",
  "The file is larger than the size announced for it.":
    "O arquivo é maior do que o tamanho informado para ele.",
  "The file is larger than the size announced for it. Try the upload again.":
    "O arquivo é maior do que o tamanho informado para ele. Tente enviá-lo de novo.",
  "Send the file as multipart/form-data.": "Envie o arquivo como multipart/form-data.",
  "The upload form could not be read.": "Não foi possível ler o formulário de envio.",
  "The upload was interrupted.": "O envio foi interrompido.",
  "The upload was interrupted. Try again.": "O envio foi interrompido. Tente novamente.",
  "The upload was interrupted or is malformed.": "O envio foi interrompido ou está malformado.",
  "Choose a file to upload.": "Escolha um arquivo para enviar.",
  "Send the file's size before the file.": "Envie o tamanho do arquivo antes do arquivo.",
  "The file size is not valid.": "O tamanho do arquivo não é válido.",

  // Projects, milestones and deliveries --------------------------------------------------------
  "Enter the project’s name.": "Informe o nome do projeto.",
  "Project names are at most 120 characters.": "Nomes de projeto têm no máximo 120 caracteres.",
  "Enter the completion as a number.": "Informe a conclusão como número.",
  "Enter the completion as a whole percentage.": "Informe a conclusão como porcentagem inteira.",
  "Completion is between 0 and 100%.": "A conclusão fica entre 0 e 100%.",
  "Choose the team from the organization’s members.":
    "Escolha a equipe entre os membros da organização.",
  "A team has at most 50 people.": "Uma equipe tem no máximo 50 pessoas.",
  "Say whether to include archived projects.":
    "Diga se os projetos arquivados devem ser incluídos.",
  "That project id is not valid.": "Esse ID de projeto não é válido.",
  "Say whether the milestone is done.": "Diga se o marco foi concluído.",
  "Enter a link starting with https:// or http://.":
    "Informe um link que comece com https:// ou http://.",
  "Enter the delivery date.": "Informe a data de entrega.",
  "Enter the delivery date, like 2026-03-31.": "Informe a data de entrega, como 2026-03-31.",
  "Link either a web address or a file, not both.":
    "Vincule um endereço da web ou um arquivo, não os dois.",
  "Choose a link or a file.": "Escolha um link ou um arquivo.",
  "Choose a file.": "Escolha um arquivo.",
  "Your {plan} plan includes {projectCount}. Archive one or upgrade to add more.":
    "Seu plano {plan} inclui {projectCount}. Arquive um ou mude de plano para adicionar mais.",
  "This project is archived. Unarchive it to make changes.":
    "Este projeto está arquivado. Desarquive-o para fazer alterações.",
  "This project is already archived.": "Este projeto já está arquivado.",
  "This project is not archived.": "Este projeto não está arquivado.",
  "The project manager must be a member of this organization.":
    "O gerente do projeto precisa ser membro desta organização.",
  "Everyone on the project team must be a member of this organization.":
    "Todos na equipe do projeto precisam ser membros desta organização.",
  "That file is still uploading. Attach it once the upload has finished.":
    "Esse arquivo ainda está sendo enviado. Anexe-o quando o envio terminar.",

  // Credits and usage --------------------------------------------------------------------------
  "This needs {credits} credit and your balance is {balance}. Buy a top-up to continue.":
    "Isto precisa de {credits} crédito e seu saldo é {balance}. Compre uma recarga para continuar.",
  "This needs {credits} credits and your balance is {balance}. Buy a top-up to continue.":
    "Isto precisa de {credits} créditos e seu saldo é {balance}. Compre uma recarga para continuar.",
  "There is no price for “{operation}”, so it cannot be charged.":
    "Não há preço para “{operation}”, então não é possível cobrar por isso.",
  "Charge a positive number of units.": "Cobre um número positivo de unidades.",
  "Give each credit entry an idempotency key.":
    "Dê a cada lançamento de crédito uma chave de idempotência.",
  "That idempotency key was already used for a different kind of credit entry.":
    "Essa chave de idempotência já foi usada para outro tipo de lançamento de crédito.",
  "Enter a whole number of credits other than zero.":
    "Informe um número inteiro de créditos diferente de zero.",
  "Only an adjustment can take credits away.": "Somente um ajuste pode retirar créditos.",
  "This would take the balance below zero: it is {balance} now.":
    "Isso deixaria o saldo abaixo de zero: ele está em {balance} agora.",
  "Give a reason of 3 to 500 characters.": "Informe um motivo de 3 a 500 caracteres.",
  "Only credits spent on usage can be refunded.":
    "Só é possível reembolsar créditos gastos com uso.",
  "Choose a period of 1 to 366 days.": "Escolha um período de 1 a 366 dias.",

  // Tickets ------------------------------------------------------------------------------------
  "Choose low, medium, high or urgent.": "Escolha baixa, média, alta ou urgente.",
  "That ticket id is not valid.": "Esse ID de chamado não é válido.",
  "Enter a subject.": "Informe um assunto.",
  "Write a subject of at least 3 characters.": "Escreva um assunto com pelo menos 3 caracteres.",
  "Keep the subject under 150 characters.": "Mantenha o assunto com menos de 150 caracteres.",
  "Describe what you need.": "Descreva o que você precisa.",
  "Describe what you need in at least 10 characters.":
    "Descreva o que você precisa em pelo menos 10 caracteres.",
  "Choose a status filter.": "Escolha um filtro de status.",
  "Write a message.": "Escreva uma mensagem.",
  "Messages are at most 10,000 characters.": "Mensagens têm no máximo 10.000 caracteres.",
  "Choose files to attach.": "Escolha arquivos para anexar.",
  "Attach at most 10 files to a message.": "Anexe no máximo 10 arquivos a uma mensagem.",
  "Say whether to show breached tickets only.":
    "Diga se devem ser mostrados apenas os chamados com o SLA estourado.",
  "Say whether this is an internal note.": "Diga se esta é uma nota interna.",
  "Choose a staff member.": "Escolha um membro da equipe.",
  "Only the agency can write internal notes.": "Somente a agência pode escrever notas internas.",
  "Only a resolved or closed ticket can be reopened.":
    "Só é possível reabrir um chamado resolvido ou fechado.",
  "This ticket is already settled. Reopen it first.":
    "Este chamado já foi encerrado. Reabra-o primeiro.",
  "This ticket is already closed.": "Este chamado já está fechado.",
  "Only the agency can move a ticket to this status.":
    "Somente a agência pode mover um chamado para este status.",
  "You’ve used all {limit} tickets of this month. Upgrade for more, or wait for the count to restart.":
    "Você já usou todos os {limit} chamados deste mês. Mude de plano para ter mais ou aguarde a contagem recomeçar.",
  "Only the organization's owners and admins can see and change its billing.":
    "Somente os proprietários e administradores da organização podem ver e alterar o faturamento.",
  "Stripe webhooks are not configured here.": "Os webhooks do Stripe não estão configurados aqui.",
  "That request is too large to be a Stripe event.":
    "Essa requisição é grande demais para ser um evento do Stripe.",
  "The Stripe signature of this request is not valid.":
    "A assinatura do Stripe desta requisição não é válida.",
  "Choose the Basic or the Pro plan.": "Escolha o plano Basic ou o Pro.",
  "Choose monthly or yearly billing.": "Escolha cobrança mensal ou anual.",
  "That credit pack is not valid.": "Esse pacote de créditos não é válido.",
  "That billing action is not valid.": "Essa ação de faturamento não é válida.",
  "Say why, in at least 3 characters.": "Diga o motivo, com pelo menos 3 caracteres.",
  "Reasons are at most 500 characters.": "Motivos têm no máximo 500 caracteres.",
  "Choose a plan.": "Escolha um plano.",
  "That kind of entry is not valid.": "Esse tipo de lançamento não é válido.",
  "Show at least 7 days.": "Mostre pelo menos 7 dias.",
  "Show at most 365 days.": "Mostre no máximo 365 dias.",
  "Enter a whole number of credits.": "Informe um número inteiro de créditos.",
  "Adjust by at most 1,000,000 credits.": "Ajuste no máximo 1.000.000 de créditos.",
  "Enter a number of credits other than 0.": "Informe um número de créditos diferente de 0.",
  "That request is not valid: reload the page.":
    "Essa requisição não é válida: recarregue a página.",
  "That ledger entry is not valid.": "Esse lançamento do extrato não é válido.",
  "Payments are not configured on this installation. An agency admin can set the plan by hand.":
    "Os pagamentos não estão configurados nesta instalação. Um administrador da agência pode definir o plano manualmente.",
  "Stripe could not be reached. Try again in a moment.":
    "Não foi possível falar com o Stripe. Tente novamente em instantes.",
  "This plan cannot be bought online yet. Ask the agency to run the billing sync.":
    "Este plano ainda não pode ser comprado online. Peça à agência para sincronizar o faturamento.",
  "The organization is already on this plan.": "A organização já está neste plano.",
  "This organization's plan is set by a contract with the agency. Ask the agency to change it.":
    "O plano desta organização é definido por contrato com a agência. Peça à agência para alterá-lo.",
  "This pack cannot be bought online yet. Ask the agency to run the billing sync.":
    "Este pacote ainda não pode ser comprado online. Peça à agência para sincronizar o faturamento.",
  "There is no subscription to cancel.": "Não há assinatura para cancelar.",
  "The payment for the {plan} plan failed": "O pagamento do plano {plan} falhou",
  "Update the payment method by {date} to keep the plan. After that the organization moves to the Free plan.":
    "Atualize a forma de pagamento até {date} para manter o plano. Depois disso a organização passa para o plano Free.",
  "Only agency admins can set a client's plan.":
    "Somente administradores da agência podem definir o plano de um cliente.",
  "This client pays through Stripe. They change the plan in the billing page, or cancel there first.":
    "Este cliente paga pelo Stripe. O plano é alterado na página de faturamento dele, ou cancele lá primeiro.",
  "This project is beyond what your plan includes, so it is read-only. Upgrade, or archive another project, to edit it.":
    "Este projeto está além do que seu plano inclui, por isso está somente leitura. Mude de plano ou arquive outro projeto para editá-lo.",
  "This domain is beyond what your plan includes, so it is read-only. Upgrade, or delete another domain, to edit it.":
    "Este domínio está além do que seu plano inclui, por isso está somente leitura. Mude de plano ou exclua outro domínio para editá-lo.",

  // Plans and clients' own limits --------------------------------------------------------------
  "That plan is not valid.": "Esse plano não é válido.",
  "Enter the plan's name.": "Informe o nome do plano.",
  "Plan names are at most 60 characters.": "Nomes de planos têm no máximo 60 caracteres.",
  "Enter the plan's description as text.": "Informe a descrição do plano como texto.",
  "Plan descriptions are at most 300 characters.":
    "Descrições de planos têm no máximo 300 caracteres.",
  "Enter the {field} as a whole number.": "Informe {field} como número inteiro.",
  "The {field} must be at least {min}.": "{field} deve ser pelo menos {min}.",
  "Choose a level of AI insights.": "Escolha um nível de insights de IA.",
  "Choose campaign platforms from the list.": "Escolha plataformas de campanha da lista.",
  "Say whether white label is included.": "Diga se a marca própria está incluída.",
  "Say whether the plan is on offer.": "Diga se o plano está à venda.",
  "Set only the limits a plan has.": "Defina apenas os limites que um plano tem.",
  "Only agency admins can change plans and client limits.":
    "Somente administradores da agência podem alterar planos e limites de clientes.",
  "The free plan cannot have a price.": "O plano gratuito não pode ter preço.",
  "The free plan cannot be withdrawn: organizations fall back to it.":
    "O plano gratuito não pode ser retirado: as organizações voltam para ele.",
  "The plan was saved, but Stripe could not be updated. Save it again in a moment so new checkouts use the new price.":
    "O plano foi salvo, mas não foi possível atualizar o Stripe. Salve de novo em instantes para que novas assinaturas usem o novo preço.",
  // The audit viewer ---------------------------------------------------------------------------
  "Enter the start date as YYYY-MM-DD, like 2026-03-01.":
    "Informe a data inicial como AAAA-MM-DD, por exemplo 2026-03-01.",
  "Enter the end date as YYYY-MM-DD, like 2026-03-31.":
    "Informe a data final como AAAA-MM-DD, por exemplo 2026-03-31.",
  "The end date comes on or after the start date.":
    "A data final é no mesmo dia ou depois da data inicial.",
  "That organization is not valid: choose one from the list.":
    "Essa organização não é válida: escolha uma da lista.",
  "That actor is not valid: choose one from the list.":
    "Essa pessoa não é válida: escolha uma da lista.",
  "That effective user is not valid: choose one from the list.":
    "Esse usuário efetivo não é válido: escolha um da lista.",
  "That staff member is not valid: choose one from the list.":
    "Esse membro da equipe não é válido: escolha um da lista.",
  "That client user is not valid: choose one from the list.":
    "Esse usuário do cliente não é válido: escolha um da lista.",
  "Actions are at most 100 characters.": "Ações têm no máximo 100 caracteres.",
  "Enter an action like tickets.create, or tickets. for all of them.":
    "Informe uma ação como tickets.create, ou tickets. para todas elas.",
  "Enter a resource type like support_ticket.": "Informe um tipo de recurso como support_ticket.",
  "Enter a resource id.": "Informe o ID do recurso.",
  "Resource ids are at most 200 characters.": "IDs de recurso têm no máximo 200 caracteres.",
  "Choose the resource type too: ids are unique within a type.":
    "Escolha também o tipo de recurso: os IDs são únicos dentro de cada tipo.",
  "That impersonation session id is not valid.":
    "Esse ID de sessão de acesso da agência não é válido.",
  "That audit entry id is not valid.": "Esse ID de registro de auditoria não é válido.",
  "Choose organizations or people.": "Escolha organizações ou pessoas.",

  // People across clients ---------------------------------------------------------------------
  "Say whether to show agency staff only.":
    "Diga se devem aparecer só membros da equipe da agência.",
  "Say whether to show disabled or enabled accounts.":
    "Diga se devem aparecer contas desativadas ou ativas.",
  "That person id is not valid.": "Esse ID de pessoa não é válido.",
  "Choose admin, support or no staff role.":
    "Escolha administrador, suporte ou nenhuma função na equipe.",
  "You cannot disable your own account.": "Você não pode desativar a sua própria conta.",
  "This account is already disabled.": "Esta conta já está desativada.",
  "This account is not disabled.": "Esta conta não está desativada.",
  "This account is disabled: enable it first.": "Esta conta está desativada: reative-a antes.",
  "This address is already verified.": "Este endereço já está verificado.",
  "You cannot change your own staff role.": "Você não pode alterar a sua própria função na equipe.",
  "Nothing to change: that is already their staff role.":
    "Nada a alterar: essa já é a função dessa pessoa na equipe.",
  "The agency needs at least one admin: make someone else an admin first.":
    "A agência precisa de pelo menos um administrador: torne outra pessoa administradora antes.",
  "They are a member of {name}, a client on a paid plan: agency staff cannot be on a client's team. Remove them from it first.":
    "Essa pessoa é membro de {name}, um cliente em um plano pago: a equipe da agência não pode fazer parte da equipe de um cliente. Remova-a de lá antes.",

  // The leads console --------------------------------------------------------------------------
  "Choose yes or no for consent.": "Escolha sim ou não para o consentimento.",
  "Choose a nurture status.": "Escolha um status de nutrição.",
  "Choose yes or no for converted.": "Escolha sim ou não para convertido.",
  "Choose yes or no for unsubscribed.": "Escolha sim ou não para descadastrado.",
  "Choose a source.": "Escolha uma origem.",
  "Enter the first day as YYYY-MM-DD, like 2026-03-01.":
    "Informe o primeiro dia como AAAA-MM-DD, por exemplo 2026-03-01.",
  "Enter the last day as YYYY-MM-DD, like 2026-03-31.":
    "Informe o último dia como AAAA-MM-DD, por exemplo 2026-03-31.",
  "The last day comes on or after the first.":
    "O último dia deve ser igual ou posterior ao primeiro.",
  "Choose a number of weeks.": "Escolha um número de semanas.",
  "Choose a whole number of weeks.": "Escolha um número inteiro de semanas.",
  "Show between 1 and 52 weeks.": "Mostre entre 1 e 52 semanas.",

  // Business metrics ---------------------------------------------------------------------------
  "Choose a period of 3, 6 or 12 months.": "Escolha um período de 3, 6 ou 12 meses.",

  // The background functions, by the names `@arco/jobs` gives them.
  "Roll up daily usage": "Consolidar o uso diário",
  "Roll up monthly support tickets": "Consolidar os chamados de suporte por mês",
  "Check an organization's domains": "Verificar os domínios de uma organização",
  "Schedule the daily domain checks": "Agendar as verificações diárias de domínios",
  "Release abandoned uploads": "Liberar envios abandonados",
  "Nurture a captured lead": "Nutrir um lead capturado",
  "End lapsed billing grace periods": "Encerrar carências de pagamento vencidas",
  "Sweep stuck analyses": "Recolher análises travadas",
  "Run a requested analysis": "Executar uma análise pedida",
  "Reset monthly ticket quotas": "Reiniciar as cotas mensais de chamados",
  "Grant the plans' monthly credits": "Conceder os créditos mensais dos planos",
  "Prune expired sessions": "Remover sessões expiradas",
  "Send the welcome email": "Enviar o e-mail de boas-vindas",
};

export const ptBR: MessageCatalog = { messages, terms };
