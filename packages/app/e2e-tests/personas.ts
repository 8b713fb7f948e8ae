import { APIRequestContext, Browser, expect, Page } from '@playwright/test';

/** The e2e backend (see playwright.config.ts). */
export const backend = 'http://localhost:7107';

/** The demo personas' sign-in buttons. */
export const PERSONAS = {
  coach: 'Sign in as Alex Moreno (coach)',
  sponsor: 'Sign in as Dana Whitfield (sponsor)',
  lead: 'Sign in as Priya Nair (change manager, lead)',
  member: 'Sign in as Omar Haddad (team member)',
};

/** A token of a demo persona, as the portal's sign-in page gets one. */
export async function personaToken(
  request: APIRequestContext,
  userRef: string,
): Promise<string> {
  const res = await request.get(
    `${backend}/api/auth/demo-persona/refresh?env=development`,
    {
      headers: {
        'X-Requested-With': 'XMLHttpRequest',
        'x-csip-demo-persona': userRef,
      },
    },
  );
  expect(res.ok()).toBeTruthy();
  return (await res.json()).backstageIdentity.token as string;
}

/** A new browser context signed in as the persona, on the CSIP page. */
export async function signIn(browser: Browser, persona: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/');
  await page.getByRole('button', { name: persona }).click();
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  const csip = nav.getByRole('link', { name: 'CSIP', exact: true });
  await expect(csip).toBeVisible();
  await csip.click();
  return page;
}

/** An authenticated JSON client of the CSIP API as the given user. */
export async function apiAs(request: APIRequestContext, userRef: string) {
  const headers = {
    Authorization: `Bearer ${await personaToken(request, userRef)}`,
  };
  return {
    async post(path: string, data: unknown) {
      const res = await request.post(`${backend}/api/csip${path}`, {
        headers,
        data,
      });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return res.json();
    },
    async get(path: string) {
      const res = await request.get(`${backend}/api/csip${path}`, { headers });
      expect(res.status(), await res.text()).toBe(200);
      return res.json();
    },
  };
}

/**
 * A programme owned by IT Operations with Change management in scope
 * (baseline 1, target 3), created through the API as `api`'s persona.
 */
export async function givenChangeProgramme(
  api: Awaited<ReturnType<typeof apiAs>>,
  title: string,
  members: Array<{ userRef: string; role: string }> = [
    { userRef: 'user:default/alex.coach', role: 'coach' },
  ],
): Promise<string> {
  const { id } = await api.post('/programmes', {
    title,
    driver: 'operational',
    ownerRef: 'group:default/it-operations',
    members,
  });
  await api.post(`/programmes/${id}/scope/versions`, {
    processes: [
      {
        process: 'change',
        baselineLevel: 1,
        targetLevel: 3,
        targetDate: '2027-06-30',
      },
    ],
  });
  return id;
}
