import { renderAuthorizeErrorPage, renderConsentPage } from './consent-page';

describe('renderConsentPage', () => {
  const html = renderConsentPage({
    network: 'LinkedIn',
    appName: 'Chorus',
    permissions: ['Post on your behalf', '<b>bold</b>'],
    members: [
      { value: 'a1', label: 'Ada Advocate' },
      { value: 'j"2', label: 'Jonas <Becker>' },
    ],
    action: 'authorization/decision',
    authorizationId: 'pending-1',
  });

  it('names the network and the app, and lists the permissions escaped', () => {
    expect(html).toContain('<h1>Sandbox LinkedIn — Allow Chorus to use your account</h1>');
    expect(html).toContain('<li>&lt;b&gt;bold&lt;/b&gt;</li>');
  });

  it('offers the members with the first selected, a new-member field and the two buttons', () => {
    expect(html).toContain('<option value="a1" selected>Ada Advocate</option>');
    expect(html).toContain('<option value="j&quot;2">Jonas &lt;Becker&gt;</option>');
    expect(html).toContain('name="newMemberName"');
    expect(html).toContain('<button type="submit" name="decision" value="allow">Allow</button>');
    expect(html).toContain('<button type="submit" name="decision" value="cancel">Cancel</button>');
    expect(html).toContain('<form method="post" action="authorization/decision">');
    expect(html).toContain('name="authorization" value="pending-1"');
  });

  it('renders errors escaped', () => {
    expect(renderAuthorizeErrorPage('X', 'bad <client>')).toContain('bad &lt;client&gt;');
  });
});
