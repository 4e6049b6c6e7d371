<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<%@ page pageEncoding="UTF-8"%>
<%@ taglib prefix="fmt" uri="http://java.sun.com/jsp/jstl/fmt"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"%>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions" %>
<%@ taglib prefix="kfn" uri="http://www.knight.com/jsp/jstl/functions"%>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>2.塔式起重机操作安全技术交底</title>
<link href="../css/er_style.css" rel="stylesheet" type="text/css" />
</head>

<body>
<center>
<div class="er_main_detail">
<div class="er_wrod_title">塔式起重机操作安全技术交底</div>
<div class="er_w100" style="page-break-after:always">
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="font-size:12px;">
  <tr>
    <td width="480" height="30" align="left">施工单位：${project.unCustomName}</td>
    <td align="right" style=" font-family:'宋体'">GDAQ330603&nbsp;
      <input name="" type="text" style="width:60px; border:1px solid #000000;"/></td>
  </tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="er_list" style="font-size:12px;">
  <tr>
    <td width="70" align="center">工程名称</td>
    <td width="180">&nbsp;${project.projectName}</td>
    <td width="70" align="center">分部分项<br />工&nbsp;&nbsp;&nbsp;&nbsp;程</td>
    <td width="180">&nbsp;${printData.qiZhongProject}</td>
    <td width="50" align="center">工 种</td>
    <td align="center">${printData.caoZuoKindWork}</td>
  </tr>
  </table>
 <table width="100%" border="0" cellspacing="0" cellpadding="0" class="er_list" style="border-top-style:none;font-size:12px;"> 
  <tr>
    <td align="left" style=" line-height:16px; font-size:12px;">
      <p>一、起重吊装的指挥人员必须持证上岗，作业时应与操作人员密切配合，执行规定的指挥信号。操作人员应按照指挥人员的信号进行作业，当信号不清或错误时，操作人员可拒绝执行。 <br />
        二、起动前重点检查项目应符合下列要求： <br />
        （一）金属结构和工作机构的外观情况正常； <br />
        （二）各安全装置和各指示仪表齐全完好； <br />
        （三）各齿轮箱、液压油箱的油位符合规定； <br />
        （四）主要部位连接螺栓无松动； <br />
        （五）钢丝绳磨损情况及各滑轮穿绕符合规定； <br />
        （六）供电电缆无破损。 <br />
        三、送电前，各控制器手柄应在零位。当接通电源时，应采用试电笔检查金属结构部分，确认无漏电后，方可上机。 <br />
        四、作业前，应进行空载运转，试验各工作机构是否正常，有无噪声及异响，各机构的制动器及安全防护装置是否有效，确认正常后方可作业。 <br />
        五、起吊重物时，重物和吊具的总重量不得超过起重机相应幅度下规定的起重量。 <br />
        应根据起吊重物和现场情况，选择适当的工作速度，操纵各控制器时应从停止点（零点）开始，依次逐级增加速度，严禁越档操作。在变换运转方向时，应将控制器手柄扳到零位，待电动机停转后再转向另一方向，不得直接变换运转方向、突然变速或制动。 <br />
        七、在吊钩提升、起重小车或行走大车运行到限位装置前，均应减速缓行到停止位置，并应与限位装置保持一定距离（吊钩不得小于1m，行走轮不得小于2m）。严禁采用限位装置作为停止运行的控制开关。 <br />
        八、动臂式起重机的起升、回转、行走可同时进行，变幅应单独进行。每次变幅后应对变幅部位进行检查。允许带载变幅的，当载荷达到额定重量的90%及以上时，严禁变幅。 <br />
        九、提升重物，严禁自由下降。重物就位时，可采用慢就位机构或利用制动器使之缓慢下降。 <br />
        十、提升重物作水平移动时，应高出其跨越的障碍物0.5m以上。 <br />
        十一、对于无中央集电环及起升机构不安装在回转部分的起重机，在作业时，不得顺一个方向连续回转。 <br />
        十二、装有上、下两套操纵系统的起重机，不得上、下同时使用。 <br />
        十三、作业中，当停电或电压下降时，应立即将控制器扳到零位，并切断电源。如吊钩上挂有重物，应稍松稍紧反复使用制动器，使重物缓慢地下降到安全地带。 <br />
        十四、采用涡流制动调速系统的起重机，不得长时间使用低速档或慢就位速度作业。 <br />
        十五、作业中如遇六级及以上大风或阵风，应立即停止作业，锁紧夹轨器，将回转机构的制动器完全松开，起重臂应能随风转动。对轻型俯仰变幅起重机，应将起重臂落下并与塔身结构锁紧在一起。 <br />
        十六、作业中，操作人员临时离开操纵室，必须切断电源，锁紧夹轨器。 <br />
        十七、起重机的变幅指示器、力矩限制器、起重量限制器以及各种行程限位开关等安全保护装置，应完成齐全、灵敏可靠，不得随意调整或拆除。严禁利用限制器和限位装置代替操纵机构。 <br />
        十八、起重机作业时，起重臂和重物下方严禁有人停留、工作或通过。重物吊运时，严禁从人上方通过。严禁用起重机载运人员。 <br />
        十九、严禁使用起重机进行斜拉、斜吊和起吊地下埋设或凝固在地面上的重物以及其他不明重量的物体。现场浇筑的混凝土构件或模板，必须全部松动后方可起吊。 <br />
        二十、严禁起吊重物长时间悬停在空中，作业中遇突发故障，应采取措施将重物降落到安全地方，并关闭发动机或切断电源后进行检修。在突然停电时，应立即把所有控制器拨到零位，断开电源总开关，并采取措施使重物降到地面。 <br />
        二十一、操纵室远离地面的起重机，在正常指挥发生困难时，地面及作业层（高空）的指挥人员均采用对讲机等有效的通讯联络进行指挥。 <br />
        二十二、作业完毕后，起重机应停放在轨道中间位置，起重臂应转到顺风方向，并松开回转制动器，小车及平衡重应置于非工作状态，吊钩直升到离起重臂顶端2～3m处。 <br />
        二十三、停机时，应将每个控制器拨回零位，依次断开各开关，关闭操纵室门窗，断开电源总开关，打开高空指示灯。 <br />
        二十四、检修人员上塔身、起重臂、平衡臂等高空部位检查或修理时，必须系好安全带。 <br />
        二十五、现场补充交底内容： </p>
      <p style="text-align:right; padding-right:200px; line-height:26px;">交底人签字： <br />
        日      期： </p></td>
    </tr>
  <tr>
    <td height="65" align="left" valign="top">
	<p>接受人（全员）签字：</p>
	<p>&nbsp;</p>
	</td>
  </tr>
</table>
<p style="text-align:left; font-size:12px;">&nbsp;<strong>&nbsp;注：</strong>本交底一式三份，班组、交底人、资料保管员各一份。</p>
</div>


</div>
<div class="PageNext"></div>
</center>
</body>
</html>
