import type { panel as Source } from '../en-US/panel.js';
import type { Translation } from '../translation.js';

/** Dutch words of the `panel` area (see ../en-US/panel.ts). */
export const panel: Translation<typeof Source> = {
  unauthenticated:
    'Het paneel heeft je API-sleutel geweigerd (misschien is die verwijderd of verlopen). Voer `/link` opnieuw uit met een nieuwe sleutel.',
  forbidden: {
    permission: {
      named:
        'Je paneelaccount mist de machtiging {{permission}} op server {{server}}. Vraag de servereigenaar om die toe te kennen.',
      unnamed:
        'Je paneelaccount mist de machtiging {{permission}} op deze server. Vraag de servereigenaar om die toe te kennen.',
    },
    other: {
      named:
        'Het paneel heeft deze actie voor je account op server {{server}} geweigerd. Vraag de servereigenaar om toegang.',
      unnamed:
        'Het paneel heeft deze actie voor je account op deze server geweigerd. Vraag de servereigenaar om toegang.',
    },
  },
  applicationKey:
    'Dat is een applicatie-API-sleutel, maar de bot heeft een client-API-sleutel nodig. Maak er een aan in het paneel onder Account → API-inloggegevens en voer `/link` opnieuw uit.',
  ipRestricted:
    'Je API-sleutel werkt alleen vanaf bepaalde IP-adressen, en de bot hoort daar niet bij. Maak een sleutel aan zonder die beperking (of sta het adres van de bot toe) en voer `/link` opnieuw uit.',
  twoFactorRequired:
    'Het paneel vereist tweestapsverificatie op je account voordat het API-toegang toestaat. Schakel die in bij de instellingen van je paneelaccount en probeer het daarna opnieuw.',
  notFound: {
    server: {
      named:
        'Het paneel heeft geen server {{server}} waar je account bij kan. Controleer de server-ID (de optie `server` toont de jouwe).',
      unnamed:
        'Het paneel heeft deze server niet, of je account kan er niet bij. Controleer de server-ID (de optie `server` toont de jouwe).',
    },
    backup: {
      named:
        'Server {{server}} heeft geen back-up {{backup}} (misschien is die verwijderd). Kies er een uit de lijst van de optie `backup`.',
      unnamed:
        'Deze server heeft geen back-up {{backup}} (misschien is die verwijderd). Kies er een uit de lijst van de optie `backup`.',
    },
    schedule: {
      named:
        'Server {{server}} heeft geen schema #{{schedule}} (misschien is dat verwijderd). Kies er een uit de lijst van de optie `schedule`.',
      unnamed:
        'Deze server heeft geen schema #{{schedule}} (misschien is dat verwijderd). Kies er een uit de lijst van de optie `schedule`.',
    },
    serverOrBackup: {
      named:
        'Het paneel kon server {{server}} of de back-up {{backup}} ervan niet vinden. Controleer beide en probeer het opnieuw.',
      unnamed:
        'Het paneel kon deze server of de back-up {{backup}} ervan niet vinden. Controleer beide en probeer het opnieuw.',
    },
    other: 'Het paneel kon niet vinden waar om gevraagd werd. Controleer de server en probeer het opnieuw.',
  },
  conflict: {
    suspended: {
      named:
        'Server {{server}} is opgeschort, dus het paneel weigert dit. Vraag een paneelbeheerder naar de opschorting.',
      unnamed:
        'Deze server is opgeschort, dus het paneel weigert dit. Vraag een paneelbeheerder naar de opschorting.',
    },
    maintenance: {
      named:
        'Aan de node waarop server {{server}} draait, wordt onderhoud uitgevoerd. Probeer het opnieuw als het onderhoud voorbij is.',
      unnamed:
        'Aan de node waarop deze server draait, wordt onderhoud uitgevoerd. Probeer het opnieuw als het onderhoud voorbij is.',
    },
    installing: {
      named:
        'Server {{server}} is nog niet klaar met installeren. Probeer het opnieuw als de installatie voltooid is.',
      unnamed:
        'Deze server is nog niet klaar met installeren. Probeer het opnieuw als de installatie voltooid is.',
    },
    restoring: {
      named:
        'Server {{server}} is nu een back-up aan het herstellen. Probeer het opnieuw als het herstel klaar is.',
      unnamed:
        'Deze server is nu een back-up aan het herstellen. Probeer het opnieuw als het herstel klaar is.',
    },
    transferring: {
      named:
        'Server {{server}} wordt naar een andere machine verplaatst. Probeer het opnieuw als de verplaatsing voltooid is.',
      unnamed:
        'Deze server wordt naar een andere machine verplaatst. Probeer het opnieuw als de verplaatsing voltooid is.',
    },
    busy: {
      named: 'Server {{server}} is bezig: het paneel meldt "{{detail}}". Probeer het later opnieuw.',
      unnamed: 'Deze server is bezig: het paneel meldt "{{detail}}". Probeer het later opnieuw.',
    },
    other: {
      named: 'Server {{server}} is in een toestand waarin dit nu niet kan. Probeer het later opnieuw.',
      unnamed: 'Deze server is in een toestand waarin dit nu niet kan. Probeer het later opnieuw.',
    },
  },
  validation: {
    details: 'Het paneel heeft het verzoek geweigerd: {{details}}.',
    none: 'Het paneel heeft het verzoek als ongeldig geweigerd.',
  },
  unsupported:
    'Dit paneel biedt die actie niet aan (de API ervan heeft zo’n endpoint niet). Misschien is er een nieuwere paneelversie nodig.',
  backupTaskForbidden:
    'Deze server mag geen back-ups hebben (de back-uplimiet is 0), dus het paneel weigert een back-upschema. Vraag een paneelbeheerder om de limiet te verhogen.',
  tooManyBackups: {
    noneAllowed:
      'Deze server mag geen back-ups hebben (de back-uplimiet is 0). Vraag een paneelbeheerder om de limiet te verhogen.',
    atLimit:
      'Deze server heeft de back-uplimiet bereikt ({{limit}} van {{limit}}). Verwijder een back-up die je niet meer nodig hebt (ontgrendel die eerst als die vergrendeld is) en probeer het daarna opnieuw.',
    limitUnknown:
      'Deze server heeft de back-uplimiet bereikt. Verwijder een back-up die je niet meer nodig hebt (ontgrendel die eerst als die vergrendeld is) en probeer het daarna opnieuw.',
  },
  backupLocked:
    'Deze back-up is vergrendeld, dus het paneel verwijdert hem niet. Ontgrendel hem eerst met `/backup lock` en verwijder hem daarna.',
  badRequest: {
    notFinished:
      'Deze back-up is nog niet klaar, dus hij kan niet worden hersteld. Wacht tot hij voltooid is en probeer het daarna opnieuw.',
    restoreState: {
      named:
        'Server {{server}} is in een toestand waarin herstellen niet kan (bijvoorbeeld na een mislukte herinstallatie). Vraag een paneelbeheerder om ernaar te kijken.',
      unnamed:
        'Deze server is in een toestand waarin herstellen niet kan (bijvoorbeeld na een mislukte herinstallatie). Vraag een paneelbeheerder om ernaar te kijken.',
    },
    cron: 'Het paneel accepteerde dit tijdstip niet als cron-regel. Kies een van de voorinstellingen van `when`, of controleer de cron-expressie (vijf velden: minuut uur dag-van-de-maand maand dag-van-de-week).',
    noTasks:
      'Dit schema heeft geen taken in het paneel, dus uitvoeren zou niets doen. Voeg in het paneel een back-uptaak toe, of verwijder het schema en maak het hier opnieuw aan.',
    tooManyTasks: 'Dit schema heeft al het maximale aantal taken dat het paneel toestaat ({{limit}}).',
    tooManyTasksUnknown: 'Dit schema heeft al het maximale aantal taken dat het paneel toestaat.',
    diskDriver:
      'Deze back-up is opgeslagen op een plek waarvandaan het paneel geen downloads kan aanbieden. Vraag het een paneelbeheerder.',
    detail: 'Het paneel heeft het verzoek geweigerd: {{detail}}.',
    other: 'Het paneel heeft het verzoek als onjuist opgebouwd geweigerd.',
  },
  throttle: {
    rule_one: 'Het paneel staat op deze server maar {{count}} back-up per {{period}} toe.',
    rule_other: 'Het paneel staat op deze server maar {{count}} back-ups per {{period}} toe.',
    unknown: 'Het paneel beperkt hoe vaak er op deze server back-ups mogen worden gemaakt.',
    restores:
      'Het paneel beperkt hoe vaak er op deze server back-ups mogen worden hersteld (of hoeveel verzoeken je account mag doen).',
    requests: 'Het paneel beperkt hoeveel verzoeken je account mag doen.',
  },
  period: {
    hour: 'uur',
    hours_one: '{{count}} uur',
    hours_other: '{{count}} uur',
    minute: 'minuut',
    minutes_one: '{{count}} minuut',
    minutes_other: '{{count}} minuten',
    seconds_one: '{{count}} seconde',
    seconds_other: '{{count}} seconden',
  },
  retry: {
    at: 'Probeer het {{when}} opnieuw.',
    fewMinutes: 'Probeer het over een paar minuten opnieuw.',
    minute: 'Probeer het over een minuut opnieuw.',
  },
  nodeUnreachable: {
    named:
      'Het paneel kon de machine (node) waarop server {{server}} draait niet bereiken. Misschien ligt die plat: probeer het over een paar minuten opnieuw, of laat het een paneelbeheerder weten.',
    unnamed:
      'Het paneel kon de machine (node) waarop deze server draait niet bereiken. Misschien ligt die plat: probeer het over een paar minuten opnieuw, of laat het een paneelbeheerder weten.',
  },
  daemonError: {
    detail: {
      named:
        'De machine waarop server {{server}} draait, meldde een fout: {{detail}}. Probeer het opnieuw, of laat het een paneelbeheerder weten als het blijft gebeuren.',
      unnamed:
        'De machine waarop deze server draait, meldde een fout: {{detail}}. Probeer het opnieuw, of laat het een paneelbeheerder weten als het blijft gebeuren.',
    },
    other: {
      named:
        'De machine waarop server {{server}} draait, meldde een fout. Probeer het opnieuw, of laat het een paneelbeheerder weten als het blijft gebeuren.',
      unnamed:
        'De machine waarop deze server draait, meldde een fout. Probeer het opnieuw, of laat het een paneelbeheerder weten als het blijft gebeuren.',
    },
  },
  panelError: {
    status:
      'Er trad een interne fout op in het paneel (HTTP {{status}}). Probeer het zo opnieuw; als het blijft gebeuren, laat het een paneelbeheerder weten.',
    other:
      'Er trad een interne fout op in het paneel. Probeer het zo opnieuw; als het blijft gebeuren, laat het een paneelbeheerder weten.',
  },
  addressRefused:
    'De paneel-URL ({{host}}) leidt naar een adres waarmee de bot geen verbinding mag maken (privé, loopback of link-local). Een beheerder moet het openbare adres van het paneel instellen met `/setup`.',
  unreachable:
    'Het paneel op {{host}} kon niet worden bereikt. Misschien ligt het plat, of de paneel-URL klopt niet (een beheerder kan die controleren met `/setup`).',
  cancelled:
    'Ik ben gestopt met wachten op het paneel: dit duurde langer dan de actie toestaat. Er is niets meer aan het paneel gevraagd; probeer het zo opnieuw.',
  timeout_one:
    'Het paneel antwoordde niet binnen {{seconds}} seconde. Misschien is het overbelast of ligt het plat: probeer het later opnieuw.',
  timeout_other:
    'Het paneel antwoordde niet binnen {{seconds}} seconden. Misschien is het overbelast of ligt het plat: probeer het later opnieuw.',
  tls: 'De beveiligde (HTTPS-)verbinding met het paneel op {{host}} is mislukt: het certificaat kon niet worden geverifieerd. Een beheerder moet het certificaat van het paneel of de paneel-URL corrigeren (`/setup`).',
  notAPanel:
    'Dat adres antwoordt niet zoals een Pterodactyl- of Pelican-paneel. Controleer de paneel-URL samen met een beheerder (`/setup`).',
  url: {
    notAUrl: 'Dat is geen URL. Voer het adres van je paneel in, zoals `https://panel.example.com`.',
    httpsRequired: 'De paneel-URL moet beginnen met `https://`.',
    httpRefused:
      'De paneel-URL moet beginnen met `https://`: anders zouden API-sleutels onversleuteld worden verstuurd. (De beheerder van de bot kan `http://` toestaan voor een paneel op een privénetwerk met `ALLOW_INSECURE_PANEL_URL=true`.)',
    credentials: 'De paneel-URL mag geen gebruikersnaam of wachtwoord bevatten.',
    queryOrFragment:
      'De paneel-URL mag geen `?`- of `#`-deel bevatten: geef het adres van het paneel zelf op.',
    refusedHost: 'Dat adres is niet toegestaan als paneel-URL.',
    doesNotResolveCheck:
      'De hostnaam `{{host}}` kan niet worden omgezet. Controleer de spelling van de paneel-URL.',
    doesNotResolve: 'De hostnaam `{{host}}` kan niet worden omgezet.',
    refusedAddress: 'Dat adres is niet toegestaan als paneel-URL (link-local- of metadata-adres).',
    privateAddress:
      'Die paneel-URL leidt naar een privé- of loopbackadres. De beheerder van de bot kan dat toestaan met `ALLOW_INSECURE_PANEL_URL=true`.',
  },
};
