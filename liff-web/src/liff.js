/*
 * The LIFF SDK as this app uses it: the pluggable core with only the APIs the app calls
 * (a third smaller than the full SDK on a cheap phone's connection). IsInClient comes
 * first: @line/liff-mock needs it.
 */
import liff from '@line/liff/core';
import GetIDToken from '@line/liff/get-id-token';
import IsInClient from '@line/liff/is-in-client';
import IsLoggedIn from '@line/liff/is-logged-in';
import Login from '@line/liff/login';
import Logout from '@line/liff/logout';

liff.use(new IsInClient());
liff.use(new IsLoggedIn());
liff.use(new Login());
liff.use(new Logout());
liff.use(new GetIDToken());

export default liff;
