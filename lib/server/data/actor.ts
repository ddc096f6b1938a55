/**
 * Who is acting, as the data layer needs to know it: to scope a read to an organization and to sign an audit row.
 * The data layer's own type, so it depends on no access-check module; lib/server/auth's Access is one of these.
 */
export interface Actor {
  userId: string;
  userName: string;
  organizationId: string;
}
