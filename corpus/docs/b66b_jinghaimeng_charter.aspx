<%@ Page Title="" Language="C#" MasterPageFile="~/adminht/MasterPageMain.master" AutoEventWireup="true" CodeFile="xianzhang.aspx.cs" Inherits="bas_edit_nono" %>

<%@ Register Src="~/pucu/wuc_css.ascx" TagPrefix="uc1" TagName="wuc_css" %>
<%@ Register Src="~/pucu/wuc_content.ascx" TagPrefix="uc1" TagName="wuc_content" %>
<%@ Register Src="~/pucu/wuc_script.ascx" TagPrefix="uc1" TagName="wuc_script" %>




<asp:Content ID="Content1" ContentPlaceHolderID="sp_head" runat="Server">
    <!-- 往模板页附加的head内容 -->
    <uc1:wuc_css runat="server" ID="wuc_css" />

</asp:Content>
<asp:Content ID="Content4" ContentPlaceHolderID="sp_daohang" runat="Server">
    <!-- 附加的本页导航栏内容 -->

</asp:Content>
<asp:Content ID="Content2" ContentPlaceHolderID="sp_pagecontent" runat="Server">
    <!-- 附加的右侧主要功能切换区内容,不含导航 -->
    <uc1:wuc_content runat="server" ID="wuc_content"  Visible="false"   />
 <div class="page-content">
    
 
<h1 style="line-height:115%">
    <a><span style="font-size: 24px;line-height:115%;font-family:宋体">序言</span></a>
</h1>
<p class="MsoListParagraph" style="margin-left:28px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">为规范联盟运作管理，定期修订本宪章</span>
</p>
<p class="MsoListParagraph" style="margin-left:28px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">联盟成员应熟悉本宪章的全部内容</span>
</p>
<p class="MsoListParagraph" style="margin-left:28px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">本宪章初稿由联盟初创成员共同拟定</span>
</p>
<p class="MsoListParagraph" style="margin-left:28px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">详细事项及联盟相关行为活动，以本宪章为准则。</span>
</p>
<p style="line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:48px;line-height:115%">
    <a><strong><span style="font-size: 24px;line-height:115%">第一章.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:24px;line-height:115%;font-family:宋体">宗旨和原则</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第一条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">宗旨和目标</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">致力于威海</span>IT<span style="font-family:宋体">产业的基础建设、精英协作，服务于</span>IT<span style="font-family:宋体">人。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">共同学习、提升、实践先进的思想和技术。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    3.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">建立</span>IT<span style="font-family:宋体">人精神家园、娱乐家园。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    4.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">重新分配</span>IT<span style="font-family:宋体">圈子价值劳动所得。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    5.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">开源协作产品共赢模式。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    6.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">行业内达成有效生产力价值观共识，弱化并最终消灭销售思维。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    7.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">建立量化成员人天价值体系。</span>
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第二条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">核心原则</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">自我造血，自我生存，自给自足。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">诚信规范，公开透明，严格执行联盟宪章。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    3.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">无条件捍卫联盟成员个人隐私权。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    4.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">实事求是，友善互助，做事精确、认真、负责。</span>
</p>
<p class="MsoListParagraph" style="margin-left:48px;line-height:115%">
    <a><strong><span style="font-size: 24px;line-height:115%">第二章.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:24px;line-height:115%;font-family:宋体">联盟成员</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第三条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">加入联盟</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">加入条件</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟实行成员邀请加入制。年满</span>18<span style="font-family:宋体">周岁、收到联盟成员邀请、有联盟邀请卡者可加入联盟。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">邀请者可自行决定邀请标准。原则上，邀请者须尊重被邀请方，并认可被邀请方具备为联盟做出贡献的能力。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">加入方式</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">手机扫描邀请卡上的二维码或通过镜海盟网站输入获得邀请码，并填写个人真实信息即可获得见习盟友身份；联盟对个人信息进行后置审核，并由联盟管理人员与加入者进行面谈。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第四条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">组织结构</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">常规架构</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">盟友分为五个级别，按等级由低到高分别为见习盟友、高级盟友、见习盟主、高级盟主、特殊隐士；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">高级盟主和特殊隐士是联盟的管理者；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">高级盟主负责联盟日常事务以及联盟活动的审核、策划、协作；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">特殊隐士是联盟的核心管理人员，主导联盟发展，对联盟的各项事务具有最终决定权；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">临时管理委员会</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">针对联盟的每项活动，成立临时管理委员会，负责活动的策划、组织和运作。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">临时管理委员会在盟友提出活动倡议并经联盟审议通过后成立。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">委员会成员包括活动倡议发起人、至少一位高级盟主或特殊隐士；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">倡议发起人作为临时管理委员会的第一负责人，负责活动的组织策划；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">高级盟主负责协助倡议发起人协调各方面的关系，指导、监督活动的进展，保障活动的顺利进行；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">高级盟主可由倡议发起人自主选择，也可通过联盟申请指派；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">委员会其他成员由盟主和倡议发起人共同选择确定；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">活动结束后，临时管理委员会自动解散。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    3.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">级别提升条件</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">盟友级别满足一定的条件可以提升；级别提升只能逐级进行，有突出、重大贡献，经联盟核心管理团队投票一致通过的除外；联盟核心管理团队对盟友级别具有最终决定权。</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;line-height:115%">
    1）<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span><span style="font-family:宋体">满足下列条件可提升为高级盟友：</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">具有见习盟友的身份；</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">个人档案通过联盟审核；</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">成功邀请</span>5<span style="font-family:宋体">个好友加入联盟；</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">至少参与一次任何形式的联盟活动；</span>
</p>
<p style="text-indent:119px;line-height:115%">
    2) <span style="font-family:宋体">满足下列条件可提升为见习盟主：</span>
</p>
<p style="text-indent:147px;line-height:115%">
    <span style="font-family:宋体">具有高级盟友的身份；</span>
</p>
<p style="text-indent:147px;line-height:115%">
    <span style="font-family:宋体">成功邀请</span>10<span style="font-family:宋体">个以上好友加入联盟；</span>
</p>
<p style="text-indent:147px;line-height:115%">
    <span style="font-family:宋体">参与</span>5<span style="font-family:宋体">次以上任何形式的联盟活动；</span>
</p>
<p style="text-indent:147px;line-height:115%">
    <span style="font-family:宋体">个人提出申请，并经半数以上盟主审核通过；</span>
</p>
<p style="text-indent:147px;line-height:115%">
    <span style="font-family:宋体">完成与一位隐士的面谈；</span>
</p>
<p style="text-indent:119px;line-height:115%">
    3) <span style="font-family:宋体">满足下列条件可提升为高级盟主：</span>
</p>
<p style="text-indent:147px;line-height:115%">
    <span style="font-family:宋体">具有见习盟主的身份；</span>
</p>
<p style="text-indent:147px;line-height:115%">
    <span style="font-family:宋体">成功邀请</span>20<span style="font-family:宋体">个以上好友加入联盟；</span>
</p>
<p style="text-indent:147px;line-height:115%">
    <span style="font-family:宋体">参与</span>10<span style="font-family:宋体">次以上任何形式的联盟活动；</span>
</p>
<p style="text-indent:147px;line-height:115%">
    <span style="font-family:宋体">个人提出申请，并经半数以上高级盟主审核通过；</span>
</p>
<p style="text-indent:147px;line-height:115%">
    <span style="font-family:宋体">完成与一位隐士的面谈；</span>
</p>
<p style="text-indent:147px;line-height:115%">
    &nbsp;
</p>
<p style="text-indent:119px">
    4) <span style="font-family:宋体">满足下列条件之一可获得隐士的身份：</span>
</p>
<p style="text-indent:119px">
    <span style="font-family:宋体">联盟创始人；</span>
</p>
<p style="text-indent:119px">
    <span style="font-family:宋体">行业内顶尖精英或为联盟做出巨大贡献；</span>
</p>
<p style="text-indent:119px">
    <span style="font-family:宋体">经联盟核心管理团队成员面试并获得</span>80%<span style="font-family:宋体">以上的支持率；</span>
</p>
<p style="line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第五条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">脱离联盟</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">脱离方式</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">见习盟友和高级盟友脱离联盟，需通过联盟网站提交脱离原因、注销盟友档案，即可脱离联盟。脱离联盟后个人档案被冻结。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">盟主和隐士脱离联盟，需向联盟核心管理团队提交书面脱离申请，经联盟核心管理团队同意，并完成联盟各项事务交接后，方可脱离；持有股份的盟主或隐士需根据相关协议规定，完成股权处置后方可脱离。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">强制脱离</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">有下列情形之一者，联盟管理者有权对盟友进行强制脱离：</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">提供虚假个人资料的；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">违反联盟管理规定情节严重的；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">做出危害联盟整体利益行为的；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">违反国家法律法规的；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">经联盟核心管理团队</span>80%<span style="font-family:宋体">以上成员同意强制脱离的；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第六条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">权利和义务</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">各级别的权利</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">所有盟友都具有获得联盟活动公告、参与联盟活动的权利；不同级别的盟友的权利还包括：</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;line-height:115%">
    （1）<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">见习盟友</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">拥有</span>5<span style="font-family:宋体">个邀请码，可邀请</span>5<span style="font-family:宋体">个好友加入联盟；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">参与联盟事务获得精美礼品；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px">
    （2）<span style="font-stretch: normal;font-size: 9px;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">高级盟友</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">拥有</span>30<span style="font-family:宋体">个邀请码，可邀请</span>30<span style="font-family:宋体">个好友加入联盟；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">发起联盟活动倡议；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">参与联盟活动策划；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">审核盟友档案；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">查阅自身邀请的盟友的档案；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">参与联盟事务获得劳动报酬；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px">
    （3）<span style="font-stretch: normal;font-size: 9px;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">见习盟主</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">拥有</span>60<span style="font-family:宋体">个邀请码，可邀请</span>60<span style="font-family:宋体">个好友加入联盟；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">发起联盟活动倡议；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">参与联盟活动策划；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">审核盟友档案；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">查阅自身邀请的盟友的档案；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">参与联盟事务获得劳动报酬；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px">
    （4）<span style="font-stretch: normal;font-size: 9px;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">高级盟主</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">拥有</span>100<span style="font-family:宋体">个邀请码，可邀请</span>100<span style="font-family:宋体">个好友加入联盟；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">发起联盟活动倡议；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">参与活动倡议的审核；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">策划、组织联盟活动；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">审核、查阅普通盟友和高级盟友的档案；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">参与联盟事务获得劳动报酬以及股份；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px">
    （5）<span style="font-stretch: normal;font-size: 9px;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">特殊隐士具有以下权利：</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">拥有无限邀请码，可任意邀请好友加入联盟；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">审阅修订联盟规则；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">审核、查阅所有盟友的档案；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">对联盟各项事务有最终决定权；</span>
</p>
<p class="MsoListParagraph" style="margin-left:168px;text-indent:0">
    <span style="font-family:宋体">参与联盟事务获得丰厚劳动报酬以及股份；</span>
</p>
<p style="line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">各级别的义务</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">提供个人真实资料；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">邀请其他朋友加入联盟；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">熟悉并贯彻联盟的基本准则；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">严格遵守、执行联盟的各项管理规定，不得损害联盟整体利益；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">积极参与联盟的各种活动、项目，按时完成自己承担的职责；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">与其他盟友紧密合作，确保联盟活动、项目达到既定目标；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">为联盟建设、发展出谋划策；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">严格执行联盟的保密规定，确保联盟档案资料的安全；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第七条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">贡献度</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">贡献度积累来源</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">为联盟提供建议并采纳；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">为联盟介绍合作方或达成合作；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">参与联盟活动；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">为联盟贡献活动经费；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">参与联盟特定形式的具体事务，如开发、测试、咨询、组织等；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">贡献度在联盟中的重要指导作用</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟贡献度体现盟友在联盟中的总价值，给联盟各项事务参与提供重要优先级参考，用于级别晋升、劳动所得分配、活动参与、纪念品分发等各项事务中。具体规则详见“联盟宪章执行规范补充条款与细则解释”。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:48px;line-height:115%">
    <a><strong><span style="font-size: 24px;line-height:115%">第三章.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:24px;line-height:115%;font-family:宋体">联盟决策</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第八条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">重大事项</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">重大事项的定义</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟重大事项指联盟宪章的制定与修改、联盟人事的任免及调动、联盟资金调配与投资、涉及盟友利益的重要问题的决策、联盟内大型项目的立废、联盟出现紧急情况时的应对措施等。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">事项分类</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">宪章确立后的章程变更以及变更原因。</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">高级盟主、特殊隐士的任免调用。</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">全体盟友的等级调整、奖惩申报。</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">决定</span>10000<span style="font-family:宋体">元人民币以上的非常规性财务支出。</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">占用人数超过</span>10<span style="font-family:宋体">人的项目立项。</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">终止投入在</span>2000<span style="font-family:宋体">元人民币以上的项目。</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">制定出台重大制度、规定。</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">联盟在遭遇紧急状况时所采取的非常规措施。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第九条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">决策流程</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">建议的发起</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">建议本身不能违背事实，不能损害联盟以及盟友的长久利益。建议的发起首先需要获得至少五位盟友支持后方可进入提案阶段。特别重大、复杂、敏感的建议，应提出两个以上可供比较的决策预案。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">商议方式</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">提案后，需由提案发起人进行公示。公示时间为</span>7<span style="font-family:宋体">个自然日。公示期间，盟友可匿名或公开对提案发表意见；发起人可对提案进行修改变更。公示期结束后提案锁定。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    3.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">定稿流程</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">提案锁定后不可再进行变更。提案锁定后的</span>3<span style="font-family:宋体">个自然日内，所有盟友均可在联盟网站的事务大厅内进行投票。持反对意见的，可以以匿名或公开形式阐述否决原因。除去弃权权重后，提案超过半数赞成权重的，提案视为定稿。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第十条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">执行监督</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">监督团队</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">除见习盟友外的所有盟友均享有监督公正的权利与义务。倡议的发起人需要对盟友的意见进行分类，深入考察和分析后给出答复。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">决策执行全过程跟进</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">对于采购、消费等事项，需要第一时间提供采购发票、消费凭证。需要长期观察的决策或目标，需要设置阶段性里程碑，并定期公示执行结果。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    3.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">执行结果评估方案</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">决策的执行结果评估应围绕决策实施成本与效益的分析以及所带来的负面影响进行。重大行政决策实施情况评价工作完成后要形成实施情况评估报告，载明决策实施情况评价的相关信息及可能提出的调整建议及理由。</span> <span style="font-family:宋体">高级盟友及以上成员可对评估报告审议后，形成对决策继续实施、调整或废止的最终决定。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:48px;line-height:115%">
    <a><strong><span style="font-size: 24px;line-height:115%">第四章.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:24px;line-height:115%;font-family:宋体">联盟活动</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第十一条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height:115%;font-family:宋体">活动宗旨</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:122px;line-height:115%">
    <span style=";line-height:115%">1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span style="font-family:宋体">提高团队的凝聚力和战斗力，推动团队建设。</span>
</p>
<p class="MsoListParagraph" style="margin-left:122px;line-height:115%">
    <span style=";line-height:115%">2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span style="font-family:宋体">增强盟友满意度与归属感，激发成员工作的积极性和热情。</span>
</p>
<p class="MsoListParagraph" style="margin-left:122px;line-height:115%">
    <span style=";line-height:115%">3.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span style="font-family:宋体">丰富成员业余文化生活，营造健康向上的团队氛围。</span>
</p>
<p class="MsoListParagraph" style="margin-left:122px;line-height:115%">
    <span style=";line-height:115%">4.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span style="font-family:宋体">参与成员包括全体联盟成员、协作方核心成员。</span>
</p>
<p class="MsoListParagraph" style="margin-left:122px;text-indent:0;line-height:115%">
    <strong><span style="font-size:19px;line-height:115%">&nbsp;</span></strong>
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第十二条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height:115%;font-family:宋体">活动形式</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:118px;line-height:115%">
    <span style=";line-height:115%">1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span style="font-family:宋体">固定活动，包括成员生日会和联盟年会。</span>
</p>
<p class="MsoListParagraph" style="margin-left:118px;line-height:115%">
    <span style=";line-height:115%">2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span style="font-family:宋体">沙龙、会议等类型管理活动</span>&nbsp;<span style="font-family:宋体">，包括制度流程再造、总结表彰会、周月例会、绩效评比、评优活动、座谈会</span>&nbsp;<span style="font-family:宋体">等。</span>
</p>
<p class="MsoListParagraph" style="margin-left:118px;line-height:115%">
    <span style=";line-height:115%">3.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span style="font-family:宋体">培训学习</span>&nbsp;<span style="font-family:宋体">，包括讲座、文化培训、职业技能培训、拓展训练等</span>&nbsp;<span style="font-family:宋体">。</span>
</p>
<p class="MsoListParagraph" style="margin-left:118px;line-height:115%">
    <span style=";line-height:115%">4.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span style="font-family:宋体">娱乐活动</span>&nbsp;<span style="font-family:宋体">，包括联欢会、茶话会、赛歌会、化妆舞会、主题嘉年华等。</span>
</p>
<p class="MsoListParagraph" style="margin-left:118px;line-height:115%">
    <span style=";line-height:115%">5.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span style="font-family:宋体">休闲活动，包括</span>&nbsp;<span style="font-family:宋体">成员旅游、部门聚餐、观看影片、野餐、参观展览等。</span>&nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:118px;line-height:115%">
    <span style=";line-height:115%">6.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span style="font-family:宋体">游戏活动</span>&nbsp;<span style="font-family:宋体">，包括游园活动、灯会（如猜谜）、抽奖活动、</span>CS<span style="font-family:宋体">对抗、斗地主、扑克比赛</span>&nbsp;<span style="font-family:宋体">等。</span> 
</p>
<p class="MsoListParagraph" style="margin-left:118px;line-height:115%">
    <span style=";line-height:115%">7.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span style="font-family:宋体">公益活动，包括与社会公益组织、志愿者团队协同参与的公益活动等。</span>
</p>
<p style="line-height:115%">
    <strong><span style="font-size:19px;line-height:115%">&nbsp;</span></strong>
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第十三条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height:115%;font-family:宋体">组织方式</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">倡议方式</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">任意联盟成员，在联盟事务大厅发起倡议。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">三负责人制度</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">根据联盟活动的要求，为保证联盟活动切实高效安全的举行，采用三负责人制度，具体措施如下：</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;line-height:115%">
    1)<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">负责人选择</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">活动负责人选拨分为自荐和委派两种方式。</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;line-height:115%">
    2)<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">负责人的分类</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">组织负责人，为活动最高组织协调人，负责制定活动计划，协调互动资源，例如发布通知，组织沟通会等。</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">安全负责人，负责评估和监督活动进程，确保人、财、物的安全事宜，例如免责协议，安全评估等。</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">行政负责人，负责组织协调并执行活动中的相关服务，例如拍照、餐饮等。</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;line-height:115%">
    3)<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">负责人职责</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">负责人应跟进活动的每一个步骤，从活动发起的资源信息搜集、沟通环节，到物料的联系及准备、活动现场的整体把握与调度、突发事件的响应与解决，直至最终的总结、报销等。活动结束。</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;line-height:115%">
    4)<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">活动结束后，负责人应在</span>7<span style="font-family:宋体">个自然日内完成财务报销与活动总结，并将活动资料提交联盟存档备案。联盟应在</span>7<span style="font-family:宋体">个自然日内对活动情况进行评定，并将评定结果反馈给活动组织者。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    3.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">参与条件原则</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">当报名人数超过活动名额限制时，联盟活动本着自愿的原则，由联盟事务大厅自动化系统，按照报名先后顺序，以及联盟成员对联盟的贡献值高低，根据相应规则依次安排协调。具体规则详见“联盟宪章执行规范补充条款与细则解释”。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第十四条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height:115%;font-family:宋体">资金来源</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">资金来源</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟活动的资金全部来源于联盟活动经费。特殊情况由其他组织或个人针对单次活动的赞助，同样以活动经费的名义入账。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">活动类型使用标准</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟确保每月至少组织</span>1<span style="font-family:宋体">次以上的活动。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">一般联盟活动经费按照每人每月</span>100<span style="font-family:宋体">元计，不可累计，月末清零。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">活动经费超出标准的，应向联盟核心管理团队提出申请，审核通过后按照财务流程进行预支。经费开支应公开透明、合理规范，必须严格遵守财务报账制度；活动开支的单据、发票应齐全，手续完备，核保程序应规范。</span>
</p>
<p style="line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:48px;line-height:115%">
    <a><strong><span style="font-size: 24px;line-height:115%">第五章.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:24px;line-height:115%;font-family:宋体">事务协作</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第十五条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height:115%;font-family:宋体">事务定义</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">事务包括：联盟对外的顾问服务、开发工作、设计工作、测试服务、流程优化、人才流动、商务处置等任何由联盟成员参加的商业活动或慈善活动。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">事务分类标准化</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;line-height:115%">
    1)<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">项目开发</span>:
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">项目功能确认后，根据需求设计说明书进行软件功能开发测试部署。</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;line-height:115%">
    2)<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">开源协作产品</span>:
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">由盟友发起的，协作开源成品项目，产品价值共享。</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;line-height:115%">
    3)<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">软件咨询</span>:
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">关于软件方面的问题解答；软件规划书的调研和编写。</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;line-height:115%">
    4)<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">联盟活动</span>:
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟组织或参与的各种沙龙，茶话会等。</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;line-height:115%">
    5)<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">学习</span>:
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟组织的，对个人能力提升的学习、讨论类培训。</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;line-height:115%">
    6)<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">其他</span>:
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">其他类型的以联盟名义进行的事项。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第十六条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height:115%;font-family:宋体">分工机制</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">主要负责人的确认</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">若客户对负责人有要求，在不影响项目预期目标的前提下，原则上在协作方的意愿内确定主要负责人。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟成员发布职务申请（针对项目），在联盟内进行投票确认；</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">评估参与规则</span>:<span style="font-family:宋体">申请顺序优先，技能专长优先，联盟贡献度优先。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">参与人员的选拔</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">由主要负责人从联盟内挑选，并得到所选联盟成员的支持。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟成员也可提交任务参与申请，由负责人审核。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第十七条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height:115%;font-family:宋体">回馈原则</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">多劳多得，结合价值评估。模块实现难度占比，模块消耗人</span>/<span style="font-family:宋体">天占比，模块对项目的重要性占比。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">保留少量联盟基本运营费用，参见财务管控金额标准。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    3.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">保留少量联盟活动经费，参见财务管控金额标准。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    4.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">剩余收入全部分配参与者。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    5.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">劳动所得分配机制，按照项目综合完成度，实现价值比重分配。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    6.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">详细回馈标准参见“联盟宪章执行规范补充条款与细则解释”。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第十八条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height:115%;font-family:宋体">过程管控</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">项目控制系统的选择，使用标准敏捷开发项目控制系统。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">项目资源共享系统的选择，使用联盟自建的</span>GitLab<span style="font-family:宋体">系统。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    3.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">参与项目的联盟成员，必须使用联盟内部的项目管理工具，并对项目进度进行有效的控制。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    4.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">对每一个项目研发计划的执行结果进行跟踪，并且把执行结果汇总整理成文档。如果有拖期或其他异常情况，必须说明原因，责任到人。对每个联盟成员的平时表现进行跟踪和评定。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    5.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">项目整体推进跟踪，向协作方公示，允许协作方同步跟踪。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第十九条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height:115%;font-family:宋体">评估机制</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">事务完成情况评估标准</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">按照计划执行并完成，评定为优，否则为差。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">项目</span>bug<span style="font-family:宋体">无或少，评定为优，否则差。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">用户满意度高，评定为优，否则差。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">客户对项目认可，并在使用后能够达到预期目标，评定为优，否则差。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">事务对提升联盟知名度有帮助，对联盟形象有提升，评定为优，否则差。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">奖惩规则</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">对完成事务优秀者，给予联盟贡献度提升，并给予事务价值比提升。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">对完成事务差，或未完成，对事务进度造成影响，对事务达成造成阻碍的，给予联盟贡献度降低，事务价值比降低；并对事务主要负责人，给予事务价值比降低。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟商标受法律保护，严禁联盟内成员，以联盟名义接揽外部事务私自运作，一经发现，冻结盟友身份，并予以法律责任追究。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:48px;line-height:115%">
    <a><strong><span style="font-size: 24px;line-height:115%">第六章.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:24px;line-height:115%;font-family:宋体">财务管控</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第二十条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height:115%;font-family:宋体">活动经费</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">活动经费的定义</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟的活动经费主要用于联盟成员的培训、联谊、学习、旅游、救助、联盟运转基础设施采购等。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">如何管理</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">活动经费委托山东镜与海信息科技有限公司财务负责人协调管理，开设专用账户，独立账目管理。账目更新需及时、清晰、准确。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第二十一条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">来源标准</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">源自哪里</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟活动经费来自山东镜与海信息科技有限公司赞助、其他公司或个人赞助、联盟成员贡献劳动所得提取、山东镜与海信息科技有限公司利润提取四个途径。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">金额标准原则</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟成立初期，活动经费主要是由山东镜与海信息科技有限公司提供，第一年由公司全额赞助；由第二年始按照公司利润的</span>10%<span style="font-family:宋体">提取，作为次年的活动经费。第二来源主要来自联盟内产生实际经济效益的成员，按照其实际收入的</span>10%<span style="font-family:宋体">提取，最高不超过</span>5<span style="font-family:宋体">万元。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第二十二条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">使用原则</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">谁可以使用</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟活动经费仅服务于联盟成员，专款专用。山东镜与海信息科技有限公司不得挪用。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">如何使用</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">活动经费主要用于联盟成员间的学习、培训以及联盟成员的联谊活动。专款专用，不得挪作它用。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">以成员在联盟内的贡献度高低为优先原则进行择取。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">活动经费实行财务透明原则，力求做到公开、公平、公正。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">活动经费使用前，由活动负责人提报活动预算，由财务负责人以及联盟高级管理人员审批，由财务负责人监督使用情况。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第二十三条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">账目公开</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">哪些账目公开</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟活动经费的使用明细对全体盟友公开，余额对全体盟友公开。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">活动经费的来源明细以及金额，仅对高级盟友及以上成员公开。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">如何公开</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">为确保联盟的公开、公平原则，联盟必须做到财务公开、透明。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟定期公示财务收支情况，具体包括收入明细、成本费用明细。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟账目通过联盟事务大厅，以电子版形式无条件向全体盟友公示。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">盟友不得对外泄露公示内容。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:48px;line-height:115%">
    <a><strong><span style="font-size: 24px;line-height:115%">第七章.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp; </span></span></strong><strong><span style="font-size:24px;line-height:115%;font-family:宋体">杂项条款</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第二十四条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">风险预案</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">资金风险</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">建立有效的财务预警机制，动态跟踪分析异常波动，提前三个月预测可能出现的资金短缺情况。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">严格执行财务制度，防止资金挪用。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">数据风险</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">规避高风险项目，规避敏感数据项目。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟所有项目需经过安全监测，数据分权查看，防止数据泄露。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">联盟所有数据，包括数据库、代码、文档等，每日至少进行一次备份。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">禁止敏感数据的导出，仅允许查阅，并由系统自动记录查阅人，部分数据或信息，应手工登记查阅人以及查阅时间。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    3.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">活动人身安全风险</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">落实安全责任，提高主动安全意识；定期组织活动进行安全知识培训。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">大规模、高风险活动，应购买人身安全保险。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">超过</span>5<span style="font-family:宋体">人的户外活动，组织者应落实签订活动免责协议，并分发活动安全提醒书面文档。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第二十五条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">特批制度</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    1.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">级别跨级特批制度</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">跨级特批是指，联盟成员因特殊贡献或特殊原因，在不满足联盟级别提升或降级条件的情况下，直接更改联盟级别。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    2.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">特批标准</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">满足以下任意条件，即符合跨级特批：</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">由超过半数的高级盟主同意。</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">为联盟活动经费直接贡献超过</span>5<span style="font-family:宋体">万元资金。</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">为联盟介绍并组织协调超过</span>10<span style="font-family:宋体">万元协作项目。</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">为联盟提出重大议案并被执行的。</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:120px;line-height:115%">
    3.<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><span style="font-family:宋体">劳动所得分配特批标准</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">常规情况下，联盟协作项目劳动所得严格按照标准执行。但满足以下任意条件的项目或个人，经过项目负责人、高级盟主以上</span> <span style="font-family:宋体">级别审议，可以特殊制定劳动所得分配。条件如下：</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">联盟特殊隐士级别盟友。</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">项目总金额超过</span>100<span style="font-family:宋体">万元。</span>
</p>
<p class="MsoListParagraph" style="margin-left:148px;line-height:115%">
    <span style="font-family:Wingdings">l<span style="font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span><span style="font-family:宋体">政府合作类项目。</span>
</p>
<p class="MsoListParagraph" style="margin-left:120px;text-indent:0;line-height:115%">
    &nbsp;
</p>
<p class="MsoListParagraph" style="margin-left:142px;line-height:115%">
    <a><strong><span style="font-size:19px;line-height:115%">第二十六条.<span style="font-weight: normal;font-stretch: normal;font-size: 9px;line-height: normal;font-family: &#39;Times New Roman&#39;">&nbsp; </span></span></strong><strong><span style="font-size:19px;line-height: 115%;font-family:宋体">宪章执行</span></strong></a>
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">本宪章由全体盟友监督执行，对联盟运作进行最高级别约束。</span>
</p>
<p class="MsoListParagraph" style="margin-left:144px;text-indent:0;line-height:115%">
    <span style="font-family:宋体">所有盟友均应悉知宪章全部内容，宪章若存在某些不合理或需优化的部分，联盟创始人应组织进行宪章修订，修订条款执行以定稿发布时间为准。详细执行细节，参见“联盟宪章执行规范补充条款与细则解释”。违反宪章者，强制冻结盟内身份，并在联盟大厅予以公告。</span>
</p>
<p>
    <br/>
</p>


 </div>
</asp:Content>
<asp:Content ID="Content3" ContentPlaceHolderID="sp_script" runat="Server">

       <!-- 附加的body底部本页专属的自定义js脚本 -->
    <uc1:wuc_script runat="server" ID="wuc_script" />
        <!-- 某些字段，在编辑时禁用，不想用新页面的情况使用 -->
    <script type="text/javascript">
 
        jQuery(function ($) {
       
                 if (getUrlParam("fff") == "1") {

                      
                 }
 
        });
        </script>
</asp:Content>

