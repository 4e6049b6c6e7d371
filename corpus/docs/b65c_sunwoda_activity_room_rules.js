var data=[
  {roomId:[8,6],
  roomName:'瑜伽室',
  rulStr:'<div class="stitle">1、为方便管理，故只能当天预订。</div>\n' +
  '<div class="stitle">2、开课时间为每周的星期一、星期二、星期三、星期四。</div>\n'+
  '<div class="stitle">3、若需取消预约，请于开课前两个小时前进行取消预约，方便他人进行再次预约。</div>\n'+
  '<div class="stitle">4、实际课程以邮件公示课程安排为准。</div>\n',
},
  {
    roomId:[1,2,3,4,5,9],
    roomName:'光明活动室',
    rulStr : '<div class="stitle">目的：为丰富员工的业余生活，营造良好的生活环境，促进公司企业文化落地，保证广大员工及家属文明、有序地使用员工活动室各项设施设备，特制订此管理规定。</div>\n' +
    '<div class="stitle">适用范围：公司全体在职员工及进入活动室游玩的家属</div>\n' +
    '<div class="stitle">活动地点：光明厂区外租宿舍张生楼一楼欣旺达员工活动室</div>\n' +
    '<div class="stitle">活动室功能：健身房、乒乓球场区、儿童娱乐区、成人阅览区、儿童阅览区、电视区、休闲区、瑜伽房、管理处</div>\n' +
    '<div class="xstitle">开放时间：非工作日：17:30-21:30</div>\n' +
    '<div class="stitle">1、员工及家属进入健身房、瑜伽房、乒乓球场区、儿童娱乐区、儿童阅览区、成人阅览区，需提前在欣旺达APP平台进行预约，预约成功后方可进入，未预约人员谢绝入内；\n' +
    '</div>\n' +
    '<div class="stitle">具体以欣旺达APP开放的预约时间为准</div>\n' +
    '<div class="xstitle">入场规定：</div>\n' +
    '<div class="stitle">2、预约成功的员工请自觉携带厂牌，于管理员处出示预约号领取门禁卡；</div>\n' +
    '<div class="stitle">3、员工及家属进入电视区、休闲区无需提前预约；</div>\n' +
    '<div class="stitle">4、儿童进入儿童娱乐区（仅限3-12岁、身高120cm以下儿童）、儿童阅览区时，需成人全程陪同；儿童禁止进入健身房、乒乓球场区、成人阅览区。如有不服从管理规定、擅自违规进入上述区域导致自己或他人儿童受到伤害的，需自行承担相应责任；</div>\n' +
    '<div class="xstitle">预约操作指引：</div>\n' +
    '<div class="stitle">1、员工本人：登录欣旺达APP— 光明活动室预约— 选择日期、时间— 确认；</div>\n' +
    '<div class="stitle">2、员工家属：提前在管理员处备案登记，办理家属活动室卡（详见家属活动室卡办理细则），管理员将家属信息关联至员工本人，统一由员工本人进行预约；</div>\n' +
    '<div class="stitle">3、员工可提前三日进行预约（时间：8:00-21:00），按照最大容纳人数，约满即止；</div>\n' +
    '<div class="stitle">5、员工若未及时取消而爽约三次，系统将自动记入黑名单，三个月内不能再次进行预约。</div>\n' +
    '<div class="xstitle">活动室管理措施：</div>\n' +
    '<div class="stitle">1、活动室管理部门为行政安全中心-行政组；</div>\n' +
    '<div class="stitle">2、活动室管理员主要负责预约登记办理、门禁卡管理、视频监控管理、家属活动室卡资料审核及办理、日常设备设施维护，活动室现场管理等工作；</div>\n' +
    '<div class="stitle">3、管理员严格管理活动室物品，每日闭馆后进行物品清点及设备维护，发现物品丢失或损坏，及时查明原因；</div>\n' +
    '<div class="stitle">4、预订后如需修改或取消，请在预约进场前的30分钟进行修改/取消操作；</div>\n' +
    '<div class="xstitle">家属活动室卡办理细则</div>\n' +
    '<div class="stitle">申办对象：欣旺达在职员工家属（配偶、子女）</div>\n' +
    '<div class="xstitle">办卡流程须知：</div>\n' +
    '<div class="stitle">一、新办活动卡</div>\n' +
    '<div class="stitle">在职员工持家属身份证复印件1份、1寸照片1张、家属证明复印件1张（户口本、结婚证、出生证），至活动室管理处签订《欣旺达家属活动卡协议》进行办理。</div>\n' +
    '<div class="stitle">二、挂失与补办活动卡</div>\n' +
    '<div class="stitle">1、活动卡丢失应及时持本人有效证件至活动室管理处办理挂失手续；</div>\n' +
    '<div class="stitle">2、填写《补卡申请单》交至活动室管理处进行办理。</div>\n' +
    '<div class="stitle">三、退卡</div>\n' +
    '<div class="stitle">1、因离职需办理家属退卡，请持《离职申请单》至活动室管理处办理注销手续；</div>\n' +
    '<div class="stitle">2、员工因工作调动或休假等原因需办理退卡，请持《岗位调动申请单》至活动室管理处办理注销手续。</div>\n' +
    '<div class="stitle">四、违章处罚</div>\n' +
    '<div class="stitle">家属活动卡仅限家属本人使用，不得转借他人。借用或者冒用他人活动卡者，一经发现则扣留活动卡，记录在案，并按公司奖惩管理规定对在职职工进行相应处罚。</div>\n' +
    '<div class="stitle">五、办卡地点</div>\n' +
    '<div class="stitle">外租宿舍张生楼一楼活动室管理处</div>\n' +
    '<div class="stitle">六、办卡时间</div>\n' +
    '<div class="stitle">周一至周五 17:30-21:30</div>\n' +
    '<div class="xstitle">健身房管理细则</div>\n' +
    '<div class="stitle">适用范围：公司在职员工及员工家属（0-14周岁的儿童禁止入内)限定人数：30人</div>\n' +
    '<div class="xstitle">管理规定：</div>\n' +
    '<div class="stitle">1、健身房为我司员工业余时间健身锻炼的场所，只对公司在职员工及家属开放，进入活动室请自觉佩戴厂牌，家属出示欣旺达活动卡，禁止一切不明人员入内，自觉遵守活动室管理规定；</div>\n' +
    '<div class="stitle">2、使用每一种器械之前，请先阅读使用说明和安全注意事项，使用前检查健身器械，确认各部分连接件是否牢固及无松动后方可使用。如发现问题请及时联系活动室管理员；</div>\n' +
    '<div class="stitle">3、请依据您目前的身体状况选择合适的器材进行锻炼，健身器材设计载重为100KG；</div>\n' +
    '<div class="stitle">4、不得携带食品入内，严禁吸烟、随地吐痰、乱丢瓜皮、果壳、纸屑等，严禁带宠物入内，应保持室内卫生、整洁；</div>\n' +
    '<div class="stitle">5、进入健身房必须穿着运动鞋、软底鞋，健身前进行充分热身，以免造成身体伤害。禁止穿高跟鞋和带钉鞋进入，以防损坏器材和地面；</div>\n' +
    '<div class="stitle">6、健身器械和用具由行政安全中心统一管理和使用，严禁挪动健身器材等室内设施，擅自外借使用或据为己用；</div>\n' +
    '<div class="stitle">7、不与人打斗、追跑，严禁违规操作器械，不盲目加大运动量和运动幅度（使用通电有氧健身器械时，连续运动时间不宜超过30分钟），在进行自由配重锻炼时，应有旁人保护，预防身体伤害和器械磕碰伤害，出现意外情况请与活动室管理员联系，以便协助应急治疗；</div>\n' +
    '<div class="stitle">8、运动完毕后将器械回归原位，离开时带好随身携带的物品；</div>\n' +
    '<div class="stitle">9、若因未遵守相关的管理规定而造成的意外，后果自行承担；</div>\n' +
    '<div class="stitle">10、本管理规定自发布之日起执行，最终解释权归欣旺达电子股份有限公司所有。</div>\n',
  },
  {
    roomId:[11,12,13],
    roomName:'瑜伽室1/2/3',
    rulStr:
    '<div class="stitle">1.每周的二，四为瑜伽课；三，五为操课室使用。</div>\n'+
      '<div class="stitle">2.瑜伽室可作为晚会，部门活动排练。需求者可跟负责人联系预约。</div>\n'+
    '<div class="stitle">3.未能入场的需提前2小时取消预约，若未及时取消爽约超过三次，将计入黑名单，1个月内将无法预约系列活动。</div>\n'
  },
  {
    roomId:[16,17,18],
    roomName:'影音室1/2/3',
    rulStr:'<div class="stitle">1.周二至周日需在开放时间前提前2小时预约，未能入场的需提前2小时取消预约，若未及时取消爽约超过三次，将计入黑名单，1个月内将无法预约系列活动。</div>\n' +
    '<div class="stitle">2.每间影音室每天限预约一次，预约成功后入场由预约人在前台领取和归还话筒。</div>\n' +
    '<div class="stitle">3.使用人员必须保证场内环境卫生，如有违规，计入黑名单，累计三次，并取消预约权限，并全厂通报。  </div>\n',
  },
  {
    roomId:[10],
    roomName:'健身区',
    rulStr: '<div class="stitle">1.VIP健身房，根据客户来访预定，临时到访的客户可在前台进行登记预约。</div>\n' +
    '<div class="stitle">2.未能入场的需提前2小时取消预约， 若未及时取消爽约超过三次，将计入黑名单，1个月内将无法预约系列活动。</div>\n',
  },
  {
    roomId:[19],
    roomName:'多功能室',
    rulStr: '<div class="stitle">1.OA预约根据会议需求制定预约。</div>\n',
  },
  {
    roomId:[14,15],
    roomName:'书吧(电子阅览室)/亲子园',
    rulStr: '<div class="stitle">1.每人同一时间段 不能预约多项项目。</div>\n' +
    '<div class="stitle">2. 开放期间如有空余，人员可现场进行预约。</div>\n' +
    '<div class="stitle">3.未能入场的需提前1小时取消预约，若未及时取消爽约超过三次，将计入黑名单，1个月内将无法预约系列活动。</div>\n',
  },
  { roomId:[12060707],
    roomName: '惠州博罗',
    rulStr:'<div class="stitle">1、周一为闭馆日，所有设施均不开放，文体中心属无烟区。</div>\n' +
    '<div class="stitle">2、除影音室、动感单车及瑜伽(操课)室需要预约外，其它活动室属于公共活动室，不需预约。</div>\n',
  },
  { roomId:[20],
    roomName: '动感单车',
    rulStr:'<div class="stitle">1、为方便管理，只能当天课前2小时预约。</div>\n' +
    '<div class="stitle">2、根据老师课程时间安排预约，开课时间暂定每周的二、四、六日。</div>\n'+
    '<div class="stitle">3、未能入场的需提前2小时取消预约，若未及时取消爽约超过三次，将计入黑名单，1个月内将无法预约系列活动。</div>\n',
  }
];

function getRules(id) {
  var finalRules='';
  for(var i=0;i<data.length;i++){
    for(var b=0;b<data[i].roomId.length;b++){
      if(id==data[i].roomId[b]){
        finalRules=data[i].rulStr
      }
    }
  }
  return finalRules
}

export default getRules
