import amazonSes from './amazon-ses.json';
import apple from './apple.json';
import barracuda from './barracuda.json';
import brevo from './brevo.json';
import charter from './charter.json';
import cisco from './cisco.json';
import comcast from './comcast.json';
import cox from './cox.json';
import fastmail from './fastmail.json';
import free from './free.json';
import gmail from './gmail.json';
import godaddy from './godaddy.json';
import hey from './hey.json';
import hostpoint from './hostpoint.json';
import improvmx from './improvmx.json';
import infomaniak from './infomaniak.json';
import laposte from './laposte.json';
import mailgun from './mailgun.json';
import mailru from './mailru.json';
import messagelabs from './messagelabs.json';
import microsoft from './microsoft.json';
import mimecast from './mimecast.json';
import mxroute from './mxroute.json';
import orange from './orange.json';
import postmark from './postmark.json';
import proofpoint from './proofpoint.json';
import proton from './proton.json';
import qq from './qq.json';
import rackspace from './rackspace.json';
import rambler from './rambler.json';
import sendgrid from './sendgrid.json';
import telekom from './telekom.json';
import titan from './titan.json';
import trellix from './trellix.json';
import trendmicro from './trendmicro.json';
import unitedInternet from './united-internet.json';
import yahoo from './yahoo.json';
import yandex from './yandex.json';
import zoho from './zoho.json';

/**
 * The provider knowledge files (issue 15), one per provider, in the shape described in
 * server/src/knowledge/types.ts (`ProviderFile`). Imported so that esbuild embeds them.
 * Keep the list alphabetical: one import line and one array entry per provider.
 */
export const providerFiles: readonly unknown[] = [
  amazonSes,
  apple,
  barracuda,
  brevo,
  charter,
  cisco,
  comcast,
  cox,
  fastmail,
  free,
  gmail,
  godaddy,
  hey,
  hostpoint,
  improvmx,
  infomaniak,
  laposte,
  mailgun,
  mailru,
  messagelabs,
  microsoft,
  mimecast,
  mxroute,
  orange,
  postmark,
  proofpoint,
  proton,
  qq,
  rackspace,
  rambler,
  sendgrid,
  telekom,
  titan,
  trellix,
  trendmicro,
  unitedInternet,
  yahoo,
  yandex,
  zoho,
];
