import type { ApiError, ErrorCode } from '../api/errors';

import type { Language } from './language';

/** One plain sentence per error code, in both languages: used by the CLI, the services and the renderer. */
export const errorMessages: Record<Language, Record<ErrorCode, string>> = {
  nl: {
    invalid_request: 'Het verzoek klopt niet; probeer het opnieuw.',
    unknown_method: 'Deze functie bestaat niet in deze versie van de studio.',
    unauthorised: 'Deze sessie is niet geldig; start de studio opnieuw.',
    forbidden_origin: 'Dit verzoek komt niet van de studio zelf en is geweigerd.',
    payload_too_large: 'Het verzoek is te groot.',
    not_found: 'Dit onderdeel is niet gevonden.',
    vault_unreadable: 'De kluismap kan niet worden gelezen; controleer of de map bestaat en toegankelijk is.',
    vault_missing: 'Er is hier nog geen kluis; maak eerst een nieuwe kluis aan.',
    vault_exists: 'Er bestaat hier al een kluis; ontgrendel die in plaats van een nieuwe aan te maken.',
    vault_folder_not_empty: 'Deze map is niet leeg; kies een lege map voor een nieuwe kluis.',
    vault_locked: 'De kluis is vergrendeld; ontgrendel hem eerst.',
    vault_in_use: 'Deze kluis is al geopend in een andere PASSIE Studio; sluit die eerst.',
    vault_descriptor_damaged: 'Het kluisbestand vault.json is beschadigd; zet het terug uit een back-up.',
    vault_too_new: 'Deze kluis is gemaakt met een nieuwere PASSIE Studio; werk de studio eerst bij.',
    vault_rotation_pending:
      'Er loopt nog een sleutelwissel; vergrendel de kluis en ontgrendel hem opnieuw om die af te maken.',
    vault_descriptor_rolled_back:
      'Het kluisbestand vault.json is ouder dan de rest van de kluis: er is een oude kopie teruggezet. Zet vault.json terug uit uw nieuwste back-up.',
    file_missing:
      'Het bestand {file} ontbreekt in de kluis; het is verwijderd of verplaatst. Zet het terug uit een back-up; de rest van de kluis werkt gewoon.',
    file_rolled_back:
      'Het bestand {file} is ouder dan de kluis bijhield: er is een oude kopie teruggezet. Zet de nieuwste versie terug uit een back-up; de rest van de kluis werkt gewoon.',
    file_deleted:
      'Het bestand {file} was verwijderd en kwam terug, uit een oude kopie; de studio heeft het opnieuw verwijderd.',
    recovery_key_needed:
      'Uw herstelsleutel werkt niet meer sinds de laatste sleutelwissel; maak in Instellingen een nieuwe herstelsleutel.',
    date_out_of_range:
      'De datum {date} kan niet kloppen: een ronde valt tussen 1970 en vandaag. Pas de datum aan en probeer het opnieuw.',
    disk_full: 'De schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
    vault_read_only:
      'De kluis staat op een plek waar de studio niet mag schrijven (alleen-lezen); bekijken kan, wijzigen niet.',
    wrong_passphrase: 'Dat wachtwoord klopt niet; probeer het opnieuw.',
    wrong_recovery_key: 'Die herstelsleutel klopt niet; controleer de tekens op uw herstelblad.',
    too_many_attempts: 'Te veel mislukte pogingen; wacht even en probeer het dan opnieuw.',
    passphrase_too_short: 'Dit wachtwoord is te kort; gebruik minstens 12 tekens, bijvoorbeeld een korte zin.',
    passphrase_too_weak:
      'Dit wachtwoord is te makkelijk te raden; kies een langere zin met woorden die niet bij elkaar horen.',
    index_damaged:
      'Het overzicht van cliënten en trajecten (index.psv) kan niet worden geopend; het is beschadigd of verplaatst. Zet het terug uit een back-up.',
    dossier_damaged:
      'Het dossier van “{traject}” kan niet worden geopend; het is beschadigd of verplaatst. Zet het terug uit een back-up of archief; de rest van de kluis werkt gewoon.',
    attachment_damaged:
      'De bijlage “{name}” bij “{traject}” kan niet worden geopend; ze is beschadigd of verplaatst. De rest van het dossier is in orde; zet de bijlage terug uit een back-up.',
    audit_damaged: 'Het logboek van verwijderingen (audit.psv) kan niet worden geopend; zet het terug uit een back-up.',
    settings_damaged:
      'De instellingen kunnen niet worden geopend; zet settings.psv terug uit een back-up of stel ze opnieuw in.',
    catalogue_damaged:
      'De vragencatalogus kan niet worden geopend; zet hem terug uit een back-up of importeer hem opnieuw.',
    file_too_new: 'Een bestand in de kluis is gemaakt met een nieuwere PASSIE Studio; werk de studio eerst bij.',
    client_not_found: 'Deze cliënt bestaat niet (meer) in de kluis.',
    traject_not_found: 'Dit traject bestaat niet (meer) in de kluis.',
    round_not_found: 'Deze ronde bestaat niet in dit traject.',
    note_not_found: 'Deze notitie bestaat niet in dit traject.',
    question_not_found: 'Die vraag staat niet in de vragencatalogus.',
    attachment_not_found: 'Deze bijlage bestaat niet (meer) in dit traject.',
    traject_closed: 'Dit traject is afgesloten en kan niet meer worden gewijzigd.',
    reply_already_sent: 'Deze reactie is al verstuurd en kan niet meer worden gewijzigd.',
    reply_not_sent: 'Deze reactie is nog niet afgerond; rond haar eerst af, dan kan ze naar de cliënt.',
    reply_needs_positive:
      'Een reactie begint en eindigt met het positieve: vul “Positief benoemen” en “Positief afsluiten” in voordat u verstuurt.',
    reply_has_empty_blocks: 'Niet alle PASSIE-blokken zijn ingevuld; vul ze aan of verstuur bewust toch.',
    catalogue_invalid: 'Dit bestand is geen geldige vragencatalogus (plaatsen met vragen in het Nederlands en Engels).',
    import_too_large: 'Het bestand {file} is te groot ({size}); het maximum is {max}.',
    import_empty: 'Het bestand {file} is leeg; er valt niets te importeren.',
    import_wrong_content: 'Het bestand {file} is geen {expected}; het is eigenlijk {actual}.',
    import_unsupported:
      'Het bestand {file} kan niet worden geïmporteerd; alleen e-mails (.eml), Word-bestanden (.docx) en tekst (.txt, .md, .html) worden ondersteund.',
    import_damaged: 'Het bestand {file} is beschadigd of onvolledig en kan niet worden gelezen.',
    import_zip_bomb: 'Het bestand {file} is uitgepakt te groot of verdacht sterk gecomprimeerd en is daarom geweigerd.',
    import_too_complex:
      'Het bestand {file} is te complex (te veel onderdelen of te diep genest) en is daarom geweigerd.',
    import_attachments_too_large: 'De bijlagen van {file} zijn samen te groot ({size}); het maximum is {max}.',
    import_no_text: 'In {file} staat geen leesbare tekst; er is niets geïmporteerd.',
    import_forbidden_xml:
      'Het bestand {file} bevat niet-toegestane XML (een DTD of entiteiten) en is daarom geweigerd.',
    import_bad_encoding:
      'Het bestand {file} bevat tekens die geen geldige UTF-8-tekst zijn; sla het bestand op als UTF-8 en probeer het opnieuw.',
    import_unreadable:
      'Het bestand {file} kan niet worden gelezen; controleer of het bestand bestaat en toegankelijk is.',
    import_preview_expired: 'Deze voorvertoning van de import is verlopen; voeg de bestanden opnieuw toe.',
    import_html_too_large:
      'De opgemaakte tekst (HTML) in {file} is te groot ({size}); het maximum is {max}. Sla het op als platte tekst of splits het.',
    import_html_too_complex:
      'De opmaak van {file} is te ingewikkeld (meer dan {max} onderdelen); sla het op als platte tekst of splits het.',
    import_too_many_paragraphs:
      'Het bestand {file} heeft meer dan {max} alinea’s; splits het in kleinere bestanden en importeer die apart.',
    import_time_limit:
      'Het lezen van {file} duurde langer dan {limit} en is gestopt; het bestand is te groot of te ingewikkeld. Splits het of sla het op als platte tekst.',
    import_memory_limit:
      'Het lezen van {file} vroeg meer geheugen dan de studio ervoor geeft ({limit}) en is gestopt; splits het bestand of sla het op als platte tekst.',
    import_cancelled: 'Het importeren van {file} is afgebroken; er is niets opgeslagen.',
    import_repeat:
      'Het bestand {file} is al eerder in dit traject geïmporteerd (ronde {round}); het is overgeslagen. Gebruik --allow-repeat om het toch nog eens te importeren.',
    import_packet_malformed:
      'Het bestand {file} is geen volledig antwoordpakket: het is onvolledig, afgekapt of geen .passie-bestand. Vraag de cliënt het opnieuw te versturen.',
    import_packet_tampered:
      'Het antwoordpakket {file} is onderweg veranderd of beschadigd en kan niet worden geopend; er is niets geïmporteerd. Vraag de cliënt het opnieuw te versturen.',
    import_packet_wrong_key:
      'Het antwoordpakket {file} is gemaakt voor de sleutel van een andere coach of een andere kluis en kan hier niet worden geopend.',
    import_packet_replayed:
      'Het antwoordpakket {file} is al eerder geïmporteerd; hetzelfde pakket wordt maar één keer opgenomen.',
    import_packet_other_traject:
      'Het antwoordpakket {file} hoort bij een ander traject in deze kluis; importeer het vanuit dat traject.',
    import_packet_unknown_traject:
      'Het antwoordpakket {file} hoort bij geen enkel traject in deze kluis; kies zelf het traject om het in te importeren.',
    packet_key_damaged:
      'De sleutel voor antwoordpakketten (keys/packet.psv) kan niet worden geopend; zet hem terug uit een back-up.',
    import_packet_not_issued:
      'Het bestand {file} is geen antwoord op een pakket dat deze studio heeft gemaakt (het pakket of de vragen erin komen niet van jou), dus er is niets geïmporteerd.',
    packet_ledger_damaged:
      'De lijst van geïmporteerde antwoordpakketten (packets/received.psv) kan niet worden geopend; zet hem terug uit een back-up.',
    packet_issued_damaged:
      'De lijst van gemaakte antwoordpakketten (packets/issued.psv) kan niet worden geopend; zet hem terug uit een back-up.',
    signing_identity_exists:
      'Er is al een ondertekeningscertificaat; vervang het alleen bewust, want eerder ondertekende PDF’s verwijzen naar het oude.',
    signing_identity_missing: 'Er is nog geen ondertekeningscertificaat; maak er een aan of importeer er een.',
    signing_identity_damaged:
      'Het ondertekeningscertificaat (keys/signing.psv) kan niet worden geopend; zet het terug uit een back-up of maak een nieuw aan.',
    signing_needs_coach_name: 'Vul eerst uw naam in bij Instellingen; die naam komt in het ondertekeningscertificaat.',
    signing_p12_wrong_password: 'Het wachtwoord van dit PKCS#12-bestand klopt niet; probeer het opnieuw.',
    signing_p12_invalid:
      'Dit bestand is geen bruikbaar PKCS#12-bestand (.p12 of .pfx) met een RSA-sleutel en het bijbehorende certificaat.',
    signing_certificate_not_valid:
      'Het ondertekeningscertificaat is verlopen of nog niet geldig; maak een nieuw aan of importeer een geldig certificaat.',
    timestamp_unreachable:
      'De tijdstempeldienst is niet bereikbaar; controleer de internetverbinding en het adres bij Instellingen, of zet de tijdstempel uit. Er is geen PDF gemaakt.',
    timestamp_refused:
      'De tijdstempeldienst weigerde een tijdstempel te geven; controleer het adres bij Instellingen of probeer het later opnieuw. Er is geen PDF gemaakt.',
    timestamp_invalid:
      'De tijdstempeldienst gaf een antwoord dat geen geldige tijdstempel is; controleer het adres bij Instellingen. Er is geen PDF gemaakt.',
    export_no_sent_reply:
      'Op deze ronde is nog geen reactie verstuurd; alleen verstuurde reacties kunnen als PDF worden bewaard.',
    export_chain_broken:
      'De hashketen van dit dossier klopt niet vanaf gebeurtenis {event}; zet het dossier terug uit een back-up voordat u het ondertekend exporteert.',
    export_target_unwritable: 'Op die plek kan niet worden geschreven; kies een andere map of bestandsnaam.',
    export_folder_not_empty: 'De map {folder} bestaat al en is niet leeg; kies een nieuwe of lege map.',
    backup_unwritable:
      'Daar kan niet worden geschreven; controleer of de map of USB-stick er nog is en genoeg ruimte heeft, en probeer het opnieuw.',
    backup_folder_not_empty:
      'De map {folder} bevat al andere bestanden; kies een lege map of de map van een eerdere back-up.',
    backup_inside_vault:
      'Een back-up kan niet in de kluismap zelf staan (en de kluis niet in de back-upmap); kies een andere map, bijvoorbeeld op een USB-stick.',
    backup_other_vault: 'In deze map staat de back-up van een andere kluis; kies een lege map voor deze kluis.',
    backup_missing:
      'In deze map staat geen back-up van PASSIE Studio; kies de map met het bestand backup-manifest.json.',
    backup_damaged: 'Het overzicht van deze back-up (backup-manifest.json) is beschadigd; gebruik een andere back-up.',
    backup_too_new: 'Deze back-up is gemaakt met een nieuwere PASSIE Studio; werk de studio eerst bij.',
    backup_file_damaged:
      'Het bestand {file} in de back-up ontbreekt of is beschadigd; er is niets teruggezet. Gebruik een andere back-up.',
    backup_manifest_altered:
      'De lijst van bestanden van deze back-up (backup-manifest.json) is gewijzigd nadat de back-up werd gemaakt; de back-up is niet te vertrouwen. Gebruik een andere back-up.',
    backup_unsealed:
      'De lijst van bestanden van deze back-up (backup-manifest.json) heeft geen zegel: hij is gemaakt met een oudere PASSIE Studio, of het zegel is eraf gehaald. Zet hem alleen terug als u zeker weet dat het een oude back-up is, en bevestig dat.',
    restore_folder_not_empty: 'De map {folder} is niet leeg; zet een back-up alleen terug in een nieuwe of lege map.',
    backup_folder_missing:
      'De map {folder} is niet gevonden; is de USB-stick of schijf aangesloten? Kies anders een map die bestaat.',
    backup_no_folder: 'Er is nog geen map voor de back-up gekozen; kies eerst een map.',
    restore_vault_not_empty:
      'De kluismap van de studio is niet leeg; een back-up wordt alleen teruggezet zolang er nog geen kluis is.',
    traject_archived: 'Dit traject is gearchiveerd; open of herstel het via het archief.',
    traject_not_closed: 'Dit traject is nog niet afgesloten.',
    archive_index_damaged:
      'Het overzicht van het archief (archive/index.psv) kan niet worden geopend; zet het terug uit een back-up.',
    archive_not_found: 'Dit archief bestaat niet (meer) in de kluis.',
    archive_damaged:
      'Dit archief is gewijzigd of beschadigd en kan niet worden geopend; zet het terug uit een back-up. De rest van de kluis werkt gewoon.',
    archive_truncated:
      'Dit archief is onvolledig (afgekapt) en kan niet worden geopend; zet het terug uit een back-up. De rest van de kluis werkt gewoon.',
    archive_other_vault:
      'Dit archief is niet door deze kluis gemaakt (of is hernoemd) en kan hier niet worden geopend.',
    archive_entry_damaged:
      'In dit archief klopt het onderdeel {entry} niet met het overzicht; zet het archief terug uit een back-up.',
    archive_not_due:
      'Dit archief moet bewaard blijven tot {date}; vernietig het eerder alleen bewust (met “forceren” en een reden).',
    archive_unknown_file:
      'In de map van dit traject staat een bestand dat niet in een archief past; het traject is niet gearchiveerd.',
    archive_restore_failed:
      'Het traject kon niet goed uit het archief worden teruggezet; het archief is bewaard. Probeer het opnieuw.',
    internal: 'Er ging iets mis in de studio; er is niets verloren gegaan. Probeer het opnieuw.',
  },
  en: {
    invalid_request: 'The request is not valid; please try again.',
    unknown_method: 'This function does not exist in this version of the studio.',
    unauthorised: 'This session is not valid; please restart the studio.',
    forbidden_origin: 'This request did not come from the studio itself and was refused.',
    payload_too_large: 'The request is too large.',
    not_found: 'This item was not found.',
    vault_unreadable: 'The vault folder cannot be read; check that it exists and is accessible.',
    vault_missing: 'There is no vault here yet; create a new vault first.',
    vault_exists: 'A vault already exists here; unlock it instead of creating a new one.',
    vault_folder_not_empty: 'This folder is not empty; choose an empty folder for a new vault.',
    vault_locked: 'The vault is locked; unlock it first.',
    vault_in_use: 'This vault is already open in another PASSIE Studio; close that one first.',
    vault_descriptor_damaged: 'The vault file vault.json is damaged; restore it from a backup.',
    vault_too_new: 'This vault was made by a newer PASSIE Studio; update the studio first.',
    vault_rotation_pending: 'A key change is still under way; lock the vault and unlock it again to finish it.',
    vault_descriptor_rolled_back:
      'The vault file vault.json is older than the rest of the vault: an old copy was put back. Restore vault.json from your latest backup.',
    file_missing:
      'The file {file} is missing from the vault; it was deleted or moved. Restore it from a backup; the rest of the vault works as usual.',
    file_rolled_back:
      'The file {file} is older than the vault recorded: an old copy was put back. Restore the latest version from a backup; the rest of the vault works as usual.',
    file_deleted: 'The file {file} was deleted and came back, from an old copy; the studio has removed it again.',
    recovery_key_needed:
      'Your recovery key no longer works since the last key change; make a new recovery key in Settings.',
    date_out_of_range:
      'The date {date} cannot be right: a round falls between 1970 and today. Correct the date and try again.',
    disk_full: 'The disk is full; nothing was saved. Free up some space and try again.',
    vault_read_only:
      'The vault is in a place the studio may not write to (read-only); you can look, but not change anything.',
    wrong_passphrase: 'That passphrase is not correct; please try again.',
    wrong_recovery_key: 'That recovery key is not correct; check the characters on your recovery sheet.',
    too_many_attempts: 'Too many failed attempts; wait a moment and then try again.',
    passphrase_too_short: 'This passphrase is too short; use at least 12 characters, for example a short sentence.',
    passphrase_too_weak:
      'This passphrase is too easy to guess; choose a longer sentence of words that do not belong together.',
    index_damaged:
      'The overview of clients and trajects (index.psv) cannot be opened; it is damaged or was moved. Restore it from a backup.',
    dossier_damaged:
      'The dossier of “{traject}” cannot be opened; it is damaged or was moved. Restore it from a backup or archive; the rest of the vault works as usual.',
    attachment_damaged:
      'The attachment “{name}” of “{traject}” cannot be opened; it is damaged or was moved. The rest of the dossier is fine; restore the attachment from a backup.',
    audit_damaged: 'The log of deletions (audit.psv) cannot be opened; restore it from a backup.',
    settings_damaged: 'The settings cannot be opened; restore settings.psv from a backup or set them again.',
    catalogue_damaged: 'The question catalogue cannot be opened; restore it from a backup or import it again.',
    file_too_new: 'A file in the vault was made by a newer PASSIE Studio; update the studio first.',
    client_not_found: 'This client does not exist (any more) in the vault.',
    traject_not_found: 'This traject does not exist (any more) in the vault.',
    round_not_found: 'This round does not exist in this traject.',
    note_not_found: 'This note does not exist in this traject.',
    question_not_found: 'That question is not in the question catalogue.',
    attachment_not_found: 'This attachment does not exist (any more) in this traject.',
    traject_closed: 'This traject is closed and can no longer be changed.',
    reply_already_sent: 'This reply has already been sent and can no longer be changed.',
    reply_not_sent: 'This reply has not been finished yet; finish it first, then it can go to the client.',
    reply_needs_positive:
      'A reply begins and ends with the positive: fill in “Name the positive” and “Close on the positive” before sending.',
    reply_has_empty_blocks: 'Not every PASSIE block is filled in; complete them or choose to send anyway.',
    catalogue_invalid: 'This file is not a valid question catalogue (places with questions in Dutch and English).',
    import_too_large: 'The file {file} is too large ({size}); the maximum is {max}.',
    import_empty: 'The file {file} is empty; there is nothing to import.',
    import_wrong_content: 'The file {file} is not {expected}; it is really {actual}.',
    import_unsupported:
      'The file {file} cannot be imported; only e-mails (.eml), Word files (.docx) and text (.txt, .md, .html) are supported.',
    import_damaged: 'The file {file} is damaged or incomplete and cannot be read.',
    import_zip_bomb: 'The file {file} unpacks too large or is suspiciously compressed, so it was refused.',
    import_too_complex: 'The file {file} is too complex (too many parts or nested too deeply), so it was refused.',
    import_attachments_too_large: 'The attachments of {file} are too large together ({size}); the maximum is {max}.',
    import_no_text: 'The file {file} contains no readable text; nothing was imported.',
    import_forbidden_xml: 'The file {file} contains XML that is not allowed (a DTD or entities), so it was refused.',
    import_bad_encoding:
      'The file {file} contains characters that are not valid UTF-8 text; save the file as UTF-8 and try again.',
    import_unreadable: 'The file {file} cannot be read; check that the file exists and is accessible.',
    import_preview_expired: 'This import preview has expired; add the files again.',
    import_html_too_large:
      'The formatted text (HTML) in {file} is too large ({size}); the maximum is {max}. Save it as plain text or split it.',
    import_html_too_complex:
      'The formatting of {file} is too complex (more than {max} elements); save it as plain text or split it.',
    import_too_many_paragraphs:
      'The file {file} has more than {max} paragraphs; split it into smaller files and import those one by one.',
    import_time_limit:
      'Reading {file} took longer than {limit} and was stopped; the file is too large or too complex. Split it or save it as plain text.',
    import_memory_limit:
      'Reading {file} needed more memory than the studio gives it ({limit}) and was stopped; split the file or save it as plain text.',
    import_cancelled: 'Importing {file} was cancelled; nothing was saved.',
    import_repeat:
      'The file {file} was imported into this traject before (round {round}); it was skipped. Use --allow-repeat to import it once more.',
    import_packet_malformed:
      'The file {file} is not a complete answer packet: it is incomplete, cut short or not a .passie file. Ask the client to send it again.',
    import_packet_tampered:
      'The answer packet {file} was changed or damaged on its way and cannot be opened; nothing was imported. Ask the client to send it again.',
    import_packet_wrong_key:
      'The answer packet {file} was made for the key of another coach or another vault and cannot be opened here.',
    import_packet_replayed: 'The answer packet {file} has been imported before; the same packet is taken in only once.',
    import_packet_other_traject:
      'The answer packet {file} belongs to another traject in this vault; import it from that traject.',
    import_packet_unknown_traject:
      'The answer packet {file} belongs to no traject in this vault; choose the traject to import it into yourself.',
    packet_key_damaged: 'The key for answer packets (keys/packet.psv) cannot be opened; restore it from a backup.',
    import_packet_not_issued:
      'The file {file} does not answer a packet this studio made (the packet or the questions in it are not yours), so nothing was imported.',
    packet_ledger_damaged:
      'The list of imported answer packets (packets/received.psv) cannot be opened; restore it from a backup.',
    packet_issued_damaged:
      'The list of answer packets made (packets/issued.psv) cannot be opened; restore it from a backup.',
    signing_identity_exists:
      'A signing certificate already exists; replace it only on purpose, because PDFs signed before refer to the old one.',
    signing_identity_missing: 'There is no signing certificate yet; create or import one.',
    signing_identity_damaged:
      'The signing certificate (keys/signing.psv) cannot be opened; restore it from a backup or create a new one.',
    signing_needs_coach_name: 'Fill in your name in Settings first; that name goes into the signing certificate.',
    signing_p12_wrong_password: 'The password of this PKCS#12 file is not correct; please try again.',
    signing_p12_invalid: 'This file is not a usable PKCS#12 file (.p12 or .pfx) with an RSA key and its certificate.',
    signing_certificate_not_valid:
      'The signing certificate has expired or is not valid yet; create a new one or import a valid certificate.',
    timestamp_unreachable:
      'The timestamp service cannot be reached; check the internet connection and the address in Settings, or turn the timestamp off. No PDF was made.',
    timestamp_refused:
      'The timestamp service refused to give a timestamp; check the address in Settings or try again later. No PDF was made.',
    timestamp_invalid:
      'The timestamp service gave an answer that is not a valid timestamp; check the address in Settings. No PDF was made.',
    export_no_sent_reply: 'No reply has been sent for this round yet; only sent replies can be saved as a PDF.',
    export_chain_broken:
      'The hash chain of this dossier breaks at event {event}; restore the dossier from a backup before exporting it signed.',
    export_target_unwritable: 'That location cannot be written to; choose another folder or file name.',
    export_folder_not_empty: 'The folder {folder} already exists and is not empty; choose a new or empty folder.',
    backup_unwritable:
      'That location cannot be written to; check that the folder or USB stick is still there and has enough space, and try again.',
    backup_folder_not_empty:
      'The folder {folder} already holds other files; choose an empty folder or the folder of an earlier backup.',
    backup_inside_vault:
      'A backup cannot be inside the vault folder (nor the vault inside the backup folder); choose another folder, for example on a USB stick.',
    backup_other_vault: 'This folder holds the backup of another vault; choose an empty folder for this vault.',
    backup_missing: 'This folder holds no PASSIE Studio backup; choose the folder with the file backup-manifest.json.',
    backup_damaged: 'The list of this backup (backup-manifest.json) is damaged; use another backup.',
    backup_too_new: 'This backup was made with a newer PASSIE Studio; update the studio first.',
    backup_file_damaged:
      'The file {file} in the backup is missing or damaged; nothing was restored. Use another backup.',
    backup_manifest_altered:
      'The list of files of this backup (backup-manifest.json) was changed after the backup was made; the backup cannot be trusted. Use another backup.',
    backup_unsealed:
      'The list of files of this backup (backup-manifest.json) carries no seal: it was made by an older PASSIE Studio, or its seal was removed. Restore it only if you are sure it is an old backup, and confirm that you are.',
    restore_folder_not_empty: 'The folder {folder} is not empty; restore a backup only into a new or empty folder.',
    backup_folder_missing:
      'The folder {folder} was not found; is the USB stick or drive connected? Otherwise choose a folder that exists.',
    backup_no_folder: 'No folder has been chosen for the backup yet; choose a folder first.',
    restore_vault_not_empty:
      'The studio’s vault folder is not empty; a backup is only restored while there is no vault yet.',
    traject_archived: 'This traject is archived; open or restore it from the archive.',
    traject_not_closed: 'This traject has not been closed yet.',
    archive_index_damaged: 'The list of archives (archive/index.psv) cannot be opened; restore it from a backup.',
    archive_not_found: 'This archive does not exist (any more) in the vault.',
    archive_damaged:
      'This archive has been changed or damaged and cannot be opened; restore it from a backup. The rest of the vault works as usual.',
    archive_truncated:
      'This archive is incomplete (cut short) and cannot be opened; restore it from a backup. The rest of the vault works as usual.',
    archive_other_vault: 'This archive was not made by this vault (or was renamed) and cannot be opened here.',
    archive_entry_damaged:
      'In this archive the entry {entry} does not match its manifest; restore the archive from a backup.',
    archive_not_due:
      'This archive must be kept until {date}; destroy it earlier only deliberately (with “force” and a reason).',
    archive_unknown_file:
      'The traject’s folder holds a file that does not fit into an archive; the traject was not archived.',
    archive_restore_failed:
      'The traject could not be restored from the archive; the archive was kept. Please try again.',
    internal: 'Something went wrong in the studio; nothing was lost. Please try again.',
  },
};

export type MessageParams = Record<string, string>;

/** The sentence for `code`, with `{name}` placeholders filled from `params`. */
export function errorMessage(code: ErrorCode, language: Language, params: MessageParams = {}): string {
  return errorMessages[language][code].replace(
    /\{(\w+)\}/g,
    (placeholder, name: string) => params[name] ?? placeholder,
  );
}

/** An API error: the code, its sentence, and the values in it (when there are any). */
export function apiError(code: ErrorCode, language: Language, params: MessageParams = {}): ApiError {
  const message = errorMessage(code, language, params);
  return Object.keys(params).length > 0 ? { code, message, params } : { code, message };
}
