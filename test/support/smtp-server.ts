/**
 * Test helper: a tiny SMTP server (RFC 5321) on 127.0.0.1 and a free port, enough of the
 * conversation for a real client to deliver mail: EHLO/HELO, AUTH PLAIN and LOGIN, MAIL, RCPT,
 * DATA (with dot-unstuffing), RSET, NOOP and QUIT. It keeps every message it accepted, so a test
 * can assert that the mail really went over the wire.
 *
 *   const smtp = await startSmtpServer();
 *   ... send to smtp.url ...
 *   await smtp.waitForMessages(1);
 *   smtp.messages[0].to  // ['aanbieder@demo.wegwijzer.nl']
 */
import { createServer, type AddressInfo, type Socket } from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as sent after DATA: headers, blank line, body (CRLF line ends). */
  data: string;
  /** The credentials given with AUTH, if any. */
  auth: { user: string; pass: string } | null;
}

export interface SmtpServer {
  /** smtp://user:pass@127.0.0.1:<port> (the credentials are accepted, and recorded). */
  url: string;
  port: number;
  messages: ReceivedMail[];
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

const b64 = (value: string) => Buffer.from(value, 'base64').toString('utf8');
const address = (argument: string) => /<([^>]*)>/.exec(argument)?.[1] ?? argument.trim();

function converse(socket: Socket, received: ReceivedMail[]): void {
  let buffer = '';
  let envelope: { from: string; to: string[] } | null = null;
  let auth: ReceivedMail['auth'] = null;
  let data: string[] | null = null;
  let awaiting: 'plain' | 'login-user' | 'login-pass' | null = null;
  let loginUser = '';
  const reply = (line: string) => socket.write(`${line}\r\n`);

  const command = (line: string) => {
    if (data) {
      if (line === '.') {
        received.push({ from: envelope!.from, to: envelope!.to, data: data.join('\r\n'), auth });
        data = null;
        envelope = null;
        reply('250 2.0.0 Ok: queued');
      } else {
        data.push(line.startsWith('..') ? line.slice(1) : line);
      }
      return;
    }
    if (awaiting === 'plain') {
      const [, user = '', pass = ''] = b64(line).split('\0');
      auth = { user, pass };
      awaiting = null;
      reply('235 2.7.0 Authentication successful');
      return;
    }
    if (awaiting === 'login-user') {
      loginUser = b64(line);
      awaiting = 'login-pass';
      reply(`334 ${Buffer.from('Password:').toString('base64')}`);
      return;
    }
    if (awaiting === 'login-pass') {
      auth = { user: loginUser, pass: b64(line) };
      awaiting = null;
      reply('235 2.7.0 Authentication successful');
      return;
    }
    const [verb = '', ...rest] = line.split(' ');
    const argument = rest.join(' ');
    switch (verb.toUpperCase()) {
      case 'EHLO':
        socket.write('250-test.smtp greets you\r\n250-8BITMIME\r\n250 AUTH PLAIN LOGIN\r\n');
        return;
      case 'HELO':
        reply('250 test.smtp');
        return;
      case 'AUTH': {
        const [mechanism = '', initial] = argument.split(' ');
        if (mechanism.toUpperCase() === 'PLAIN') {
          if (initial) {
            awaiting = 'plain';
            command(initial);
          } else {
            awaiting = 'plain';
            reply('334 ');
          }
        } else if (mechanism.toUpperCase() === 'LOGIN') {
          if (initial) {
            loginUser = b64(initial);
            awaiting = 'login-pass';
            reply(`334 ${Buffer.from('Password:').toString('base64')}`);
          } else {
            awaiting = 'login-user';
            reply(`334 ${Buffer.from('Username:').toString('base64')}`);
          }
        } else {
          reply('504 5.5.4 Unrecognized authentication type');
        }
        return;
      }
      case 'MAIL':
        envelope = { from: address(argument.replace(/^FROM:/i, '')), to: [] };
        reply('250 2.1.0 Ok');
        return;
      case 'RCPT':
        if (!envelope) {
          reply('503 5.5.1 Error: need MAIL command');
          return;
        }
        envelope.to.push(address(argument.replace(/^TO:/i, '')));
        reply('250 2.1.5 Ok');
        return;
      case 'DATA':
        if (!envelope || envelope.to.length === 0) {
          reply('503 5.5.1 Error: need RCPT command');
          return;
        }
        data = [];
        reply('354 End data with <CR><LF>.<CR><LF>');
        return;
      case 'RSET':
        envelope = null;
        reply('250 2.0.0 Ok');
        return;
      case 'NOOP':
        reply('250 2.0.0 Ok');
        return;
      case 'QUIT':
        reply('221 2.0.0 Bye');
        socket.end();
        return;
      default:
        reply('502 5.5.2 Error: command not recognized');
    }
  };

  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      command(line);
    }
  });
  socket.on('error', () => socket.destroy());
  reply('220 test.smtp ESMTP ready');
}

export async function startSmtpServer(): Promise<SmtpServer> {
  const messages: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    converse(socket, messages);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://wegwijzer:smtp-geheim@127.0.0.1:${port}`,
    port,
    messages,
    async waitForMessages(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} messages, received ${messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return messages;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port on 127.0.0.1 where nothing listens (connection refused), for a failing mail server. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
