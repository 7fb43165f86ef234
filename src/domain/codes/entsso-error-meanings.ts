/**
 * Plain meanings of the ENTSSO errors the event models use, from each error's event page.
 * A test holds that every ENTSSO code a rule names has its meaning here.
 */
export const ENTSSO_ERROR_MEANINGS: Readonly<Record<number, string>> = {
  10754: 'The SSO system is disabled.',
  10759: 'The backup file must sit on an NTFS volume or on removable media.',
  10766: 'This has to run on the master secret server, and this computer is not it.',
  10767: 'The SSO server could not be contacted: its service is stopped or its name is wrong.',
  10768: 'SSO is out of service (offline).',
  10771: 'The account must be a Windows administrator on this computer.',
  10772: 'The account is not a member of the SSO Administrators account.',
  10778: 'Decryption failed.',
  10779: 'The password given for the backup file is not the one it was made with.',
  10783: 'The master secret server did not hand out the secret.',
  10784: 'The file could not be created or opened: check its name and the folder permissions.',
  10785: 'The SSO database could not be reached.',
  10788: 'A DTC transaction could not be imported: MSDTC is not set up for remote operation.',
  10789: 'A DTC transaction could not be imported: MSDTC is not set up for remote operation.',
  10814: 'An earlier secret change is still re-encrypting the database; try again later.',
  10815: 'The file holds another master secret than the expected one: possibly the wrong file.',
  10834: 'The account is not a member of the SSO Administrators account.',
  10836: 'The backup file password is shorter than 7 characters.',
  10839: 'The backup file password is longer than 256 characters.',
  10840: 'The password reminder is longer than 512 characters.',
  10842: 'Access was denied; the event log on the computer named in the message says why.',
  10843: 'The master secret server did not hand out the secret.',
  10845: 'The SSO database could not be reached.',
};
