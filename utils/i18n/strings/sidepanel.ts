import { defineStrings } from '../define-strings';

/** The side panel's frame: its views, settings, the storage line and the sites where help is on. */
export const sidepanel = defineStrings({
  en: {
    sidepanelViews: 'Sections',
    sidepanelViewNotes: 'Notes',
    sidepanelSettings: 'Settings',
    sidepanelStorageUsed: 'Stored on this device: {size}.',
    sidepanelStorageKept: 'Your browser has agreed to keep your notes even when disk space runs low.',
    sidepanelStorageNotKept:
      'Your browser may clear stored data if the disk gets very full. Keeping an exported copy now and then keeps your notes safe.',
    sidepanelOnDevice: 'Your notes stay on this device. Nothing is sent anywhere.',
    sidepanelSites: 'Sites where CalmLine helps in chats',
    sidepanelSitesNone:
      'None at the moment. To have CalmLine mark pressure tactics on a chat site, open the popup there and choose “Help on this site”.',
    sidepanelSitesTurnOff: 'Turn off',
    sidepanelSitesTurnOffFor: 'Turn off help on {site}',
    sidepanelSitesOff: 'Help is off on {site}. CalmLine no longer runs there.',
  },
  zh_CN: {
    sidepanelViews: '栏目',
    sidepanelViewNotes: '记录',
    sidepanelSettings: '设置',
    sidepanelStorageUsed: '本设备已存储：{size}。',
    sidepanelStorageKept: '浏览器已同意：即使磁盘空间不足，也会保留您的记录。',
    sidepanelStorageNotKept: '磁盘空间非常紧张时，浏览器可能会清理存储的数据。不时导出一份副本，可以让记录更安全。',
    sidepanelOnDevice: '您的记录只保存在这台设备上，不会发送到任何地方。',
    sidepanelSites: 'CalmLine 在这些网站的聊天中提供帮助',
    sidepanelSitesNone: '目前没有。想让 CalmLine 在某个聊天网站上标出施压手法，可以在那里打开弹出窗口，选择“在此网站启用帮助”。',
    sidepanelSitesTurnOff: '关闭',
    sidepanelSitesTurnOffFor: '关闭 {site} 上的帮助',
    sidepanelSitesOff: '已关闭 {site} 上的帮助，CalmLine 不会再在那里运行。',
  },
  zh_TW: {
    sidepanelViews: '分頁',
    sidepanelViewNotes: '紀錄',
    sidepanelSettings: '設定',
    sidepanelStorageUsed: '這部裝置已儲存：{size}。',
    sidepanelStorageKept: '瀏覽器已同意：即使磁碟空間不足，也會保留您的紀錄。',
    sidepanelStorageNotKept: '磁碟空間非常吃緊時，瀏覽器可能會清除儲存的資料。不時匯出一份備份，能讓紀錄更安全。',
    sidepanelOnDevice: '您的紀錄只存在這部裝置上，不會傳送到任何地方。',
    sidepanelSites: 'CalmLine 會在這些網站的對話中提供協助',
    sidepanelSitesNone: '目前沒有。想讓 CalmLine 在某個客服對話網站上標示施壓手法，可以在那裡打開彈出視窗，選擇「在這個網站啟用協助」。',
    sidepanelSitesTurnOff: '關閉',
    sidepanelSitesTurnOffFor: '關閉 {site} 上的協助',
    sidepanelSitesOff: '已關閉 {site} 上的協助，CalmLine 不會再在那裡執行。',
  },
});
