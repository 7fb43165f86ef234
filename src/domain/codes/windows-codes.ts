/** Windows and COM failure codes that show up in the Error Code of ENTSSO events. */
export interface KnownWindowsCode {
  hresult: number;
  win32?: number;
  names: readonly string[];
  meaning: string;
}

export const WINDOWS_CODES: readonly KnownWindowsCode[] = [
  {
    hresult: 0x80070002,
    win32: 2,
    names: ['ERROR_FILE_NOT_FOUND'],
    meaning: 'A file somewhere in the given path does not exist.',
  },
  {
    hresult: 0x80070003,
    win32: 3,
    names: ['ERROR_PATH_NOT_FOUND'],
    meaning: 'A folder in the path does not exist.',
  },
  {
    hresult: 0x80070005,
    win32: 5,
    names: ['E_ACCESSDENIED', 'ERROR_ACCESS_DENIED'],
    meaning:
      'Access is denied: the account that made the call lacks a right it needs. Which account, and which right, depends on the event; the steps ask.',
  },
  {
    hresult: 0x8007000e,
    win32: 14,
    names: ['E_OUTOFMEMORY'],
    meaning: 'The process ran out of memory.',
  },
  {
    hresult: 0x80070013,
    win32: 19,
    names: ['ERROR_WRITE_PROTECT'],
    meaning: 'The removable medium is write-protected.',
  },
  {
    hresult: 0x80070015,
    win32: 21,
    names: ['ERROR_NOT_READY'],
    meaning: 'The removable drive is not ready.',
  },
  {
    hresult: 0x80070020,
    win32: 32,
    names: ['ERROR_SHARING_VIOLATION'],
    meaning: 'Another process has the file open.',
  },
  {
    hresult: 0x80070027,
    win32: 39,
    names: ['ERROR_HANDLE_DISK_FULL'],
    meaning: 'The volume has no free space left.',
  },
  {
    hresult: 0x80070035,
    win32: 53,
    names: ['ERROR_BAD_NETPATH'],
    meaning: 'The network path was not found: a server or share in the path does not answer.',
  },
  {
    hresult: 0x80070043,
    win32: 67,
    names: ['ERROR_BAD_NET_NAME'],
    meaning:
      'The network name was not found: the share in the path does not exist or does not answer.',
  },
  {
    hresult: 0x80070050,
    win32: 80,
    names: ['ERROR_FILE_EXISTS'],
    meaning: 'A file with that name is already there.',
  },
  {
    hresult: 0x80070056,
    win32: 86,
    names: ['ERROR_INVALID_PASSWORD'],
    meaning: 'The password given was wrong.',
  },
  {
    hresult: 0x80070057,
    win32: 87,
    names: ['E_INVALIDARG', 'ERROR_INVALID_PARAMETER'],
    meaning: 'An argument passed to the tool was not valid.',
  },
  {
    hresult: 0x80070070,
    win32: 112,
    names: ['ERROR_DISK_FULL'],
    meaning: 'The volume is full.',
  },
  {
    hresult: 0x8007007b,
    win32: 123,
    names: ['ERROR_INVALID_NAME'],
    meaning: 'The file name contains characters Windows does not accept.',
  },
  {
    hresult: 0x800700a1,
    win32: 161,
    names: ['ERROR_BAD_PATHNAME'],
    meaning: 'The path is malformed.',
  },
  {
    hresult: 0x800700b7,
    win32: 183,
    names: ['ERROR_ALREADY_EXISTS'],
    meaning: 'The file already exists.',
  },
  {
    hresult: 0x800702e4,
    win32: 740,
    names: ['ERROR_ELEVATION_REQUIRED'],
    meaning: 'The program ran without "Run as administrator".',
  },
  {
    hresult: 0x80070424,
    win32: 1060,
    names: ['ERROR_SERVICE_DOES_NOT_EXIST'],
    meaning: 'The ENTSSO service is not installed on this computer.',
  },
  {
    hresult: 0x80070426,
    win32: 1062,
    names: ['ERROR_SERVICE_NOT_ACTIVE'],
    meaning: 'The ENTSSO service is not running.',
  },
  {
    hresult: 0x800704c7,
    win32: 1223,
    names: ['ERROR_CANCELLED'],
    meaning: 'Someone cancelled the operation, for example at the password prompt.',
  },
  {
    hresult: 0x80070522,
    win32: 1314,
    names: ['ERROR_PRIVILEGE_NOT_HELD'],
    meaning: 'The account lacks a privilege the operation needs.',
  },
  {
    hresult: 0x8007052e,
    win32: 1326,
    names: ['ERROR_LOGON_FAILURE'],
    meaning: 'The credentials were rejected.',
  },
  {
    hresult: 0x80070534,
    win32: 1332,
    names: ['ERROR_NONE_MAPPED'],
    meaning: 'An account name could not be resolved to a security identifier.',
  },
  {
    hresult: 0x8007054b,
    win32: 1355,
    names: ['ERROR_NO_SUCH_DOMAIN'],
    meaning: 'The domain could not be contacted.',
  },
  {
    hresult: 0x800706ba,
    win32: 1722,
    names: ['RPC_S_SERVER_UNAVAILABLE'],
    meaning: 'The SSO service, or the server it runs on, could not be reached.',
  },
  {
    hresult: 0x800706be,
    win32: 1726,
    names: ['RPC_S_CALL_FAILED'],
    meaning: 'The remote call to the SSO service failed part-way.',
  },
  {
    hresult: 0x800706bf,
    win32: 1727,
    names: ['RPC_S_CALL_FAILED_DNE'],
    meaning:
      'The remote call failed and did not run: the RPC reply was blocked on the way (firewall, ports, RPC authentication).',
  },
  {
    hresult: 0x800706d9,
    win32: 1753,
    names: ['EPT_S_NOT_REGISTERED'],
    meaning:
      'The RPC endpoint mapper had no endpoint for the call: the SSO service is not listening there, or on a cluster the ENTSSO resource does not use the network name of its role.',
  },
  {
    hresult: 0x80004005,
    names: ['E_FAIL'],
    meaning: 'An unspecified failure: the related events in the log carry the real reason.',
  },
  { hresult: 0x8000ffff, names: ['E_UNEXPECTED'], meaning: 'An unexpected failure.' },
  {
    hresult: 0x8009000b,
    names: ['NTE_BAD_KEY_STATE'],
    meaning:
      'The key is not valid for use in its present state. With ENTSSO this has been seen after a change of the SSO service account (field experience, no Microsoft page says so).',
  },
  {
    hresult: 0x80090005,
    names: ['NTE_BAD_DATA'],
    meaning:
      'Bad data: something encrypted could not be read. With ENTSSO, read it together with the related events, which say which secret failed.',
  },
];
